package com.offertiming.ruleset.workbooks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one Drools decision-table workbook in the house layout: the ruleset header (package, import, phase, notes),
 * then tables whose first two columns are the analyst's NAME and DESCRIPTION. Drools only reads the first sheet of a
 * workbook, so every table of a workbook goes on that one sheet, a blank row apart.
 */
final class DecisionTableWriter {

	static final String[] BOOLEANS = { "true", "false" };

	/** 2026-01-01T00:00:00Z: the creation time written into every workbook. */
	private static final long FIXED_TIME = 1767225600000L;

	private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

	/** Rows below the last table that still get drop-down lists, so analysts can add rows there. */
	private static final int SPARE_ROWS = 200;

	private final String phase;

	private final String sheetName;

	private final List<String[]> settings = new ArrayList<>();

	private final List<Table> tables = new ArrayList<>();

	private String notes = "";

	private DecisionTableWriter(String phase, String sheetName) {
		this.phase = phase;
		this.sheetName = sheetName;
	}

	/** A workbook of rules for one phase: the package and the ruleflow group are both named after the folder. */
	static DecisionTableWriter workbook(String phase, String sheetName) {
		return new DecisionTableWriter(phase, sheetName);
	}

	/** A further ruleset-level setting such as {@code Sequential}, written between the phase and the notes. */
	DecisionTableWriter setting(String keyword, String value) {
		settings.add(new String[] { keyword, value });
		return this;
	}

	DecisionTableWriter notes(String plainWords) {
		this.notes = plainWords;
		return this;
	}

	Table table(String name) {
		Table table = new Table(name);
		tables.add(table);
		return table;
	}

	static String[] codes(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
	}

	/** Writes the workbook; the same rows give the same bytes, so regenerating leaves unchanged files alone in git. */
	void writeTo(Path file) {
		try (XSSFWorkbook workbook = build()) {
			workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			Files.createDirectories(file.getParent());
			Files.write(file, withFixedTimestamps(bytes.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** POI stamps every zip entry with the current time; rewrite the same entries with a fixed one. */
	private static byte[] withFixedTimestamps(byte[] xlsx) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(FIXED_ENTRY_TIME); // local time: the same bytes in every time zone
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	XSSFWorkbook build() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Styles styles = new Styles(workbook);
		Sheet sheet = workbook.createSheet(sheetName);
		int r = 0;
		r = setting(sheet, r, "RuleSet", phase, styles.code);
		r = setting(sheet, r, "Import", "com.offertiming.facts.*", styles.code);
		r = setting(sheet, r, "RULEFLOW-GROUP", phase, styles.code);
		for (String[] setting : settings) {
			r = setting(sheet, r, setting[0], setting[1], styles.code);
		}
		Row notesRow = sheet.createRow(r++);
		text(notesRow, 0, "Notes", styles.label);
		text(notesRow, 1, notes, styles.notes);
		int widest = 2;
		int freezeBelow = -1;
		for (int t = 0; t < tables.size(); t++) {
			r++; // a blank row ends the header, and each table
			Table table = tables.get(t);
			boolean last = t == tables.size() - 1;
			r = table.write(sheet, r, styles, last ? SPARE_ROWS : 0);
			if (freezeBelow < 0) {
				freezeBelow = r - table.rows.size();
			}
			widest = Math.max(widest, table.columns.size() + 2);
		}
		sheet.createFreezePane(0, freezeBelow);
		sizeColumns(sheet, widest);
		return workbook;
	}

	private static int setting(Sheet sheet, int r, String keyword, String value, CellStyle style) {
		Row row = sheet.createRow(r);
		text(row, 0, keyword, style);
		text(row, 1, value, style);
		return r + 1;
	}

	/** Wide enough for the labels and values, never so wide that a long code cell hides the table. */
	private void sizeColumns(Sheet sheet, int columns) {
		for (int c = 0; c < columns; c++) {
			int chars = 10;
			for (Table table : tables) {
				chars = Math.max(chars, table.widthOf(c));
			}
			sheet.setColumnWidth(c, Math.min(c == 1 ? 60 : 45, chars + 2) * 256);
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	private record Column(String kind, String objectType, String code, String label, String[] choices) {

		/** A {@code forall} column takes a comma list, so its drop-down only suggests values. */
		boolean takesList() {
			return code.contains("forall(");
		}

	}

	/** One RuleTable: its columns (after NAME and DESCRIPTION) and its rule rows. */
	final class Table {

		private final String name;

		private final List<Column> columns = new ArrayList<>();

		private final List<Object[]> rows = new ArrayList<>();

		private Table(String name) {
			this.name = name;
		}

		/**
		 * A condition column. Adjacent conditions with the same object type form one pattern; a blank object type
		 * makes the code a whole pattern of its own.
		 */
		Table condition(String objectType, String code, String label, String... choices) {
			columns.add(new Column("CONDITION", objectType, code, label, choices));
			return this;
		}

		/** An action column; the actions of a row run one after the other. */
		Table action(String code, String label, String... choices) {
			columns.add(new Column("ACTION", "", code, label, choices));
			return this;
		}

		/** A rule: its name, its plain-words description, then one value per column (null = blank = any). */
		Table row(String ruleName, String description, Object... values) {
			if (values.length != columns.size()) {
				throw new IllegalArgumentException(ruleName + ": " + values.length + " values for "
						+ columns.size() + " columns");
			}
			Object[] cells = new Object[values.length + 2];
			cells[0] = ruleName;
			cells[1] = description;
			System.arraycopy(values, 0, cells, 2, values.length);
			rows.add(cells);
			return this;
		}

		DecisionTableWriter done() {
			return DecisionTableWriter.this;
		}

		/** Writes the table from row {@code r}; returns the row after its last rule. */
		private int write(Sheet sheet, int r, Styles styles, int spareRows) {
			text(sheet.createRow(r++), 0, "RuleTable " + name, styles.code);
			Row kinds = sheet.createRow(r++);
			Row types = sheet.createRow(r++);
			Row codes = sheet.createRow(r++);
			Row labels = sheet.createRow(r++);
			text(kinds, 0, "NAME", styles.code);
			text(kinds, 1, "DESCRIPTION", styles.code);
			text(types, 0, "", styles.code);
			text(types, 1, "", styles.code);
			text(codes, 0, "", styles.code);
			text(codes, 1, "", styles.code);
			text(labels, 0, "Rule name (unique, says the outcome)", styles.label);
			text(labels, 1, "Description (plain words)", styles.label);
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				text(kinds, i + 2, column.kind(), styles.code);
				text(types, i + 2, column.objectType(), styles.code);
				text(codes, i + 2, column.code(), styles.code);
				text(labels, i + 2, column.label(), styles.label);
			}
			mergeSharedPatterns(sheet, types.getRowNum());
			int firstRule = r;
			for (Object[] values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.length; c++) {
					value(row, c, values[c], c == 1 ? styles.description : styles.data);
				}
			}
			addDropDowns(sheet, firstRule, r - 1 + spareRows);
			return r;
		}

		/** Drools joins adjacent conditions into one pattern only when their object-type cells are merged. */
		private void mergeSharedPatterns(Sheet sheet, int typeRow) {
			int start = 0;
			while (start < columns.size()) {
				int end = start;
				Column first = columns.get(start);
				while (end + 1 < columns.size() && first.kind().equals("CONDITION") && !first.objectType().isEmpty()
						&& columns.get(end + 1).kind().equals("CONDITION")
						&& columns.get(end + 1).objectType().equals(first.objectType())) {
					end++;
				}
				if (end > start) {
					sheet.addMergedRegion(new CellRangeAddress(typeRow, typeRow, start + 2, end + 2));
				}
				start = end + 1;
			}
		}

		private void addDropDowns(Sheet sheet, int firstRow, int lastRow) {
			DataValidationHelper helper = sheet.getDataValidationHelper();
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				if (column.choices().length == 0) {
					continue;
				}
				DataValidation validation = helper.createValidation(
						helper.createExplicitListConstraint(column.choices()),
						new CellRangeAddressList(firstRow, lastRow, i + 2, i + 2));
				validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
				validation.setEmptyCellAllowed(true);
				validation.setShowErrorBox(!column.takesList());
				validation.createErrorBox("Not a known value", "Pick a value from the list.");
				sheet.addValidationData(validation);
			}
		}

		private int widthOf(int c) {
			int chars = 0;
			if (c == 0 || c == 1) {
				chars = 20;
			}
			else if (c - 2 < columns.size()) {
				Column column = columns.get(c - 2);
				chars = Math.max(column.label().length(), 10);
				for (String choice : column.choices()) {
					chars = Math.max(chars, choice.length() + 3);
				}
			}
			for (Object[] row : rows) {
				if (c < row.length && row[c] != null) {
					chars = Math.max(chars, String.valueOf(row[c]).length());
				}
			}
			return chars;
		}

	}

	/** Numbers as numeric cells, everything else as text. */
	private static void value(Row row, int column, Object value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(String.valueOf(value));
		}
	}

	/** Grey for the code analysts must not touch, a distinct fill for the labels they read. */
	private static final class Styles {

		final CellStyle code;

		final CellStyle label;

		final CellStyle notes;

		final CellStyle data;

		final CellStyle description;

		Styles(Workbook workbook) {
			code = workbook.createCellStyle();
			code.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			code.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Font bold = workbook.createFont();
			bold.setBold(true);
			label = workbook.createCellStyle();
			label.setFont(bold);
			label.setWrapText(true);
			label.setVerticalAlignment(VerticalAlignment.TOP);
			label.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
			label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Font italic = workbook.createFont();
			italic.setItalic(true);
			notes = workbook.createCellStyle();
			notes.setFont(italic);
			notes.setWrapText(true);
			notes.setVerticalAlignment(VerticalAlignment.TOP);
			data = workbook.createCellStyle();
			data.setVerticalAlignment(VerticalAlignment.TOP);
			description = workbook.createCellStyle();
			description.setWrapText(true);
			description.setVerticalAlignment(VerticalAlignment.TOP);
		}

	}

}
