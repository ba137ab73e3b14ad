package com.offertiming.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Reads a decision table: the DRL Drools generates from it, and the file, sheet, row and description of each rule
 * (from the table's NAME and DESCRIPTION columns; a row without a name gets Drools' default
 * {@code <RuleTable name>_<row>}). Before Drools sees a workbook, its rule rows are checked cell by cell, because
 * Drools either accepts a mistake silently (a row without an action does nothing) or reports it without a position.
 * A formula anywhere in a rule workbook is refused at its cell: a rule is what the analyst typed, never a value
 * computed (or fetched) when the file is read.
 */
final class WorkbookSource {

	private static final Pattern ROW_COMMENT = Pattern.compile("rule values at [A-Z]+(\\d+)");

	private static final Pattern CELL_IN_MESSAGE = Pattern.compile("cell ([A-Z]{1,3}\\d+)");

	private static final Pattern ROW_AND_COLUMN = Pattern.compile("row number:\\s*(\\d+) cell number:\\s*(\\d+)");

	private static final int FIRST_RULE_OFFSET = 5;

	static {
		WorkbookLimits.apply();
	}

	private WorkbookSource() {
	}

	static CompiledSource read(String file, byte[] bytes) {
		try {
			if (file.endsWith(".csv")) {
				String drl = compile(bytes, InputType.CSV);
				return new CompiledSource(file, drl, DrlSource.index(file, drl,
						(name, line, description) -> RuleSource.tableRow(file, null, rowOf(drl, line), description)));
			}
			Index index = indexWorkbook(file, bytes);
			if (!index.problems.isEmpty()) {
				throw new RulesetDidNotCompile(index.problems);
			}
			String drl = compileLocated(file, bytes);
			return new CompiledSource(file, drl, index.sources, index.cells);
		}
		catch (RulesetDidNotCompile ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new RulesetDidNotCompile(List.of(RuleProblem.inFile(file,
					"cannot be read as a decision table (a damaged workbook, or one still being saved): " + plain(ex))));
		}
	}

	private static String compile(byte[] bytes, InputType type) {
		return new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
	}

	/** Compiles a workbook; a parse error that names a cell is reported with the sheet that holds it. */
	private static String compileLocated(String file, byte[] bytes) throws IOException {
		try {
			return compile(bytes, InputType.XLS);
		}
		catch (DecisionTableParseException ex) {
			String cell = cellOf(ex.getMessage());
			throw new RulesetDidNotCompile(List.of(new RuleProblem(file, cell == null ? null : sheetOf(bytes, ex),
					cell, cell == null ? null : new CellReference(cell).getRow() + 1, null,
					"Drools cannot read the decision table: " + plain(ex))));
		}
	}

	private static String cellOf(String message) {
		if (message == null) {
			return null;
		}
		Matcher cell = CELL_IN_MESSAGE.matcher(message);
		if (cell.find()) {
			return cell.group(1);
		}
		Matcher rowColumn = ROW_AND_COLUMN.matcher(message);
		if (rowColumn.find()) {
			return new CellReference(Integer.parseInt(rowColumn.group(1)) - 1,
					Integer.parseInt(rowColumn.group(2)) - 1).formatAsString(false);
		}
		return null;
	}

	/** Which sheet a parse error came from: the only rule sheet, or the one that fails alone with the same error. */
	private static String sheetOf(byte[] bytes, DecisionTableParseException error) throws IOException {
		List<String> ruleSheets = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Sheet sheet : workbook) {
				if (hasRuleTable(sheet, formatter)) {
					ruleSheets.add(sheet.getSheetName());
				}
			}
		}
		if (ruleSheets.size() == 1) {
			return ruleSheets.get(0);
		}
		for (String sheet : ruleSheets) {
			try {
				new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), sheet);
			}
			catch (DecisionTableParseException ex) {
				if (String.valueOf(ex.getMessage()).equals(error.getMessage())) {
					return sheet;
				}
			}
		}
		return null;
	}

	private static boolean hasRuleTable(Sheet sheet, DataFormatter formatter) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (formatter.formatCellValue(cell).trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
					return true;
				}
			}
		}
		return false;
	}

	/** The row a generated rule came from, read from the comment Drools writes above it. */
	private static Integer rowOf(String drl, int ruleLine) {
		String[] lines = drl.split("\n", -1);
		for (int i = ruleLine - 2; i >= 0 && i >= ruleLine - 4; i--) {
			Matcher matcher = ROW_COMMENT.matcher(lines[i]);
			if (matcher.find()) {
				return Integer.valueOf(matcher.group(1));
			}
		}
		return null;
	}

	/** Where each rule is written, the filled cells of its row, and what is wrong with the rows. */
	private static final class Index {

		final Map<String, RuleSource> sources = new LinkedHashMap<>();

		final Map<String, List<CompiledSource.CellText>> cells = new HashMap<>();

		final List<RuleProblem> problems = new ArrayList<>();

	}

	private static Index indexWorkbook(String file, byte[] bytes) throws IOException {
		Index index = new Index();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			String pkg = "rule_table";
			for (Sheet sheet : workbook) {
				refuseFormulas(file, sheet, index);
			}
			for (Sheet sheet : workbook) {
				for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null) {
						continue;
					}
					for (Cell cell : row) {
						String text = formatter.formatCellValue(cell).trim();
						if (text.equalsIgnoreCase("RuleSet")) {
							pkg = formatter.formatCellValue(row.getCell(cell.getColumnIndex() + 1)).trim();
						}
						else if (text.toLowerCase(Locale.ROOT).startsWith("ruletable")) {
							String table = text.substring("ruletable".length()).trim();
							r = indexTable(new Table(file, sheet, r, cell.getColumnIndex(), table, pkg), formatter,
									index);
							break;
						}
					}
				}
			}
		}
		return index;
	}

	private static void refuseFormulas(String file, Sheet sheet, Index index) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.FORMULA) {
					index.problems.add(RuleProblem.atCell(file, sheet.getSheetName(),
							cell.getAddress().formatAsString(), "holds a formula (=" + cell.getCellFormula()
									+ "); rule files take typed values only: type the value itself"));
				}
			}
		}
	}

	private record Table(String file, Sheet sheet, int row, int firstColumn, String name, String pkg) {
	}

	/** Indexes and checks one RuleTable's rule rows; returns the last row it read. */
	private static int indexTable(Table table, DataFormatter formatter, Index index) {
		Sheet sheet = table.sheet();
		Row kinds = sheet.getRow(table.row() + 1);
		int nameColumn = -1;
		int descriptionColumn = -1;
		List<Integer> actionColumns = new ArrayList<>();
		int lastColumn = kinds == null ? table.firstColumn() : kinds.getLastCellNum();
		for (int c = table.firstColumn(); kinds != null && c < lastColumn; c++) {
			String kind = formatter.formatCellValue(kinds.getCell(c)).trim().toUpperCase(Locale.ROOT);
			if (kind.equals("NAME") || kind.equals("N")) {
				nameColumn = c;
			}
			else if (kind.equals("DESCRIPTION") || kind.equals("I")) {
				descriptionColumn = c;
			}
			else if (kind.equals("ACTION") || kind.equals("A")) {
				actionColumns.add(c);
			}
		}
		Map<String, Integer> rowOfName = new HashMap<>();
		int r = table.row() + FIRST_RULE_OFFSET;
		for (; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || isBlank(row, table.firstColumn(), lastColumn, formatter)) {
				break;
			}
			int spreadsheetRow = r + 1;
			String name = nameColumn < 0 ? "" : text(row, nameColumn, formatter);
			if (name.isEmpty()) {
				name = table.name() + "_" + spreadsheetRow;
			}
			else if (rowOfName.containsKey(name)) {
				index.problems.add(RuleProblem.atCell(table.file(), sheet.getSheetName(), ref(r, nameColumn),
						"the rule name \"" + name + "\" is already used in row " + rowOfName.get(name)
								+ "; every row needs its own name"));
			}
			rowOfName.putIfAbsent(name, spreadsheetRow);
			if (!actionColumns.isEmpty() && actionColumns.stream().allMatch(c -> text(row, c, formatter).isEmpty())) {
				index.problems.add(RuleProblem.atCell(table.file(), sheet.getSheetName(), ref(r, actionColumns.get(0)),
						"the ACTION cell is empty although the row has other values, so the rule would do nothing"));
			}
			String description = descriptionColumn < 0 ? null : text(row, descriptionColumn, formatter);
			String key = DrlSource.key(table.pkg(), name);
			index.sources.put(key, RuleSource.tableRow(table.file(), sheet.getSheetName(), spreadsheetRow, description));
			List<CompiledSource.CellText> filled = new ArrayList<>();
			for (int c = table.firstColumn(); c < lastColumn; c++) {
				String value = text(row, c, formatter);
				if (!value.isEmpty() && c != nameColumn && c != descriptionColumn) {
					filled.add(new CompiledSource.CellText(ref(r, c), value));
				}
			}
			index.cells.put(key, filled);
		}
		return r;
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		return formatter.formatCellValue(row.getCell(column)).trim();
	}

	private static String ref(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

	private static boolean isBlank(Row row, int first, int last, DataFormatter formatter) {
		for (int c = first; c < last; c++) {
			if (!formatter.formatCellValue(row.getCell(c)).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String plain(Exception ex) {
		String message = ex.getMessage();
		return message == null ? ex.getClass().getSimpleName() : message;
	}

}
