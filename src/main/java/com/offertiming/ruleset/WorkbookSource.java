package com.offertiming.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Reads a decision table: the DRL Drools generates from it, and the file, sheet, row and description of each rule
 * (from the table's NAME and DESCRIPTION columns; a row without a name gets Drools' default
 * {@code <RuleTable name>_<row>}).
 */
final class WorkbookSource {

	private static final Pattern ROW_COMMENT = Pattern.compile("rule values at [A-Z]+(\\d+)");

	private static final int FIRST_RULE_OFFSET = 5;

	private WorkbookSource() {
	}

	static CompiledSource read(String file, byte[] bytes) {
		try {
			if (file.endsWith(".csv")) {
				String drl = compile(bytes, InputType.CSV);
				return new CompiledSource(file, drl, DrlSource.index(file, drl,
						(name, line, description) -> RuleSource.tableRow(file, null, rowOf(drl, line), description)));
			}
			String drl = compile(bytes, InputType.XLS);
			return new CompiledSource(file, drl, indexWorkbook(file, bytes));
		}
		catch (RulesetDidNotCompile ex) {
			throw ex;
		}
		catch (RuntimeException | IOException ex) {
			throw new RulesetDidNotCompile(List.of(RuleProblem.inFile(file, plain(ex))));
		}
	}

	private static String compile(byte[] bytes, InputType type) {
		return new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), type);
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

	private static Map<String, RuleSource> indexWorkbook(String file, byte[] bytes) throws IOException {
		Map<String, RuleSource> sources = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			String pkg = "rule_table";
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
							r = indexTable(file, sheet, r, cell.getColumnIndex(), table, pkg, formatter, sources);
							break;
						}
					}
				}
			}
		}
		return sources;
	}

	/** Indexes one RuleTable's rule rows; returns the last row it read. */
	private static int indexTable(String file, Sheet sheet, int tableRow, int firstColumn, String table, String pkg,
			DataFormatter formatter, Map<String, RuleSource> sources) {
		Row kinds = sheet.getRow(tableRow + 1);
		int nameColumn = -1;
		int descriptionColumn = -1;
		int lastColumn = kinds == null ? firstColumn : kinds.getLastCellNum();
		for (int c = firstColumn; kinds != null && c < lastColumn; c++) {
			String kind = formatter.formatCellValue(kinds.getCell(c)).trim().toUpperCase(Locale.ROOT);
			if (kind.equals("NAME") || kind.equals("N")) {
				nameColumn = c;
			}
			else if (kind.equals("DESCRIPTION") || kind.equals("I")) {
				descriptionColumn = c;
			}
		}
		int r = tableRow + FIRST_RULE_OFFSET;
		for (; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || isBlank(row, firstColumn, lastColumn, formatter)) {
				break;
			}
			int spreadsheetRow = r + 1;
			String name = nameColumn < 0 ? "" : formatter.formatCellValue(row.getCell(nameColumn)).trim();
			if (name.isEmpty()) {
				name = table + "_" + spreadsheetRow;
			}
			String description = descriptionColumn < 0 ? null
					: formatter.formatCellValue(row.getCell(descriptionColumn)).trim();
			sources.put(DrlSource.key(pkg, name),
					RuleSource.tableRow(file, sheet.getSheetName(), spreadsheetRow, description));
		}
		return r;
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
