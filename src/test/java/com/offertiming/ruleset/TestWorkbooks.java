package com.offertiming.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Decision tables for tests, written with POI the way analysts lay them out: a header block (RuleSet, Import,
 * RuleFlow-Group, Notes), {@code RuleTable}, four header rows (kinds, object types, templates, labels), one rule per
 * row. The fixture table offers a cross-sell: each row names the event, its product and the product offered.
 */
public final class TestWorkbooks {

	/** Sheet and first rule row (1-based) of {@link #checkoutOffers}. */
	public static final String SHEET = "Offers";

	public static final int FIRST_RULE_ROW = 11;

	private TestWorkbooks() {
	}

	/** One rule per row: {name, description, event type, product in the event, product offered}. */
	public static byte[] checkoutOffers(List<String[]> rows) {
		return table("fixture", "offers", "CheckoutOffers",
				new String[] { "NAME", "DESCRIPTION", "CONDITION", "CONDITION", "ACTION" },
				new String[] { "", "", "Event", "$f: Focus", "" },
				new String[] { "", "", "type == EventType.$param", "scope == Scope.EVENT, productId == \"$param\"",
						"Candidate c = new Candidate(OfferType.CROSS_SELL, \"$param\", $f.productId(), "
								+ "MomentType.PURCHASE_DECISION, 1000); insert(c); insert(new Offer(c, 10));" },
				new String[] { "Rule", "In plain words", "Event", "Product bought", "Offer" }, rows);
	}

	public static byte[] table(String ruleSet, String group, String tableName, String[] kinds, String[] types,
			String[] templates, String[] labels, List<String[]> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			int r = 0;
			r = row(sheet, r, "RuleSet", ruleSet);
			r = row(sheet, r, "Import", "com.offertiming.facts.*");
			r = row(sheet, r, "RuleFlow-Group", group);
			r = row(sheet, r, "Notes", "Written by a test");
			r++;
			r = row(sheet, r, "RuleTable " + tableName);
			r = row(sheet, r, kinds);
			r = row(sheet, r, types);
			r = row(sheet, r, templates);
			r = row(sheet, r, labels);
			for (String[] values : rows) {
				r = row(sheet, r, values);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null && !values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
		return index + 1;
	}

	/** A scenario workbook as an analyst lays it out: a row of column labels, then one scenario per row. */
	public static byte[] scenarios(String[] labels, List<String[]> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Scenarios");
			int r = row(sheet, 0, labels);
			for (String[] values : rows) {
				r = row(sheet, r, values);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
