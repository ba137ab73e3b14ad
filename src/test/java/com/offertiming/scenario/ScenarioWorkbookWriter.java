package com.offertiming.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes scenario workbooks with POI: one header row of every {@link Column} label, then one row per scenario. */
final class ScenarioWorkbookWriter {

	static final String SHEET = "Scenarios";

	/** One scenario row, filled column by column; numbers stay numbers in the sheet. */
	static final class Scenario {

		final Map<Column, Object> values = new EnumMap<>(Column.class);

		Scenario(String name) {
			values.put(Column.SCENARIO, name);
		}

		Scenario with(Column column, Object value) {
			values.put(column, value);
			return this;
		}

	}

	static Scenario scenario(String name) {
		return new Scenario(name);
	}

	private ScenarioWorkbookWriter() {
	}

	static byte[] write(List<Scenario> scenarios) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (Column column : Column.values()) {
				header.createCell(column.ordinal()).setCellValue(column.label);
				header.getCell(column.ordinal()).setCellStyle(bold);
			}
			for (int r = 0; r < scenarios.size(); r++) {
				Row row = sheet.createRow(r + 1);
				scenarios.get(r).values.forEach((column, value) -> {
					if (value instanceof Number number) {
						row.createCell(column.ordinal()).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(column.ordinal()).setCellValue(String.valueOf(value));
					}
				});
			}
			sheet.createFreezePane(1, 1);
			sheet.setColumnWidth(Column.SCENARIO.ordinal(), 60 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
