package com.offertiming.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.offertiming.decision.DecisionRequest;
import com.offertiming.facts.ActionKind;
import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.EventType;
import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;
import com.offertiming.facts.Sentiment;
import com.offertiming.ruleset.RuleProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a scenario workbook: on every sheet, a header row of column labels ({@link Column}), then one scenario per
 * row (a sheet whose first row names no column is notes, and skipped). Every scenario happens at the same moment,
 * {@link #EVENT_AT}, and its day counts are counted from it. A cell
 * that cannot be read is reported with its sheet and cell, and its row is not run.
 */
final class ScenarioWorkbook {

	/** When every scenario's event happens; only day counts relative to it matter. */
	static final Instant EVENT_AT = Instant.parse("2026-11-22T10:00:00Z");

	private static final LocalDate TODAY = EVENT_AT.atZone(ZoneOffset.UTC).toLocalDate();

	record Read(List<Scenario> scenarios, List<RuleProblem> problems) {
	}

	/** One row: where it is, its name, the request it describes and what the analyst expects. */
	record Scenario(String file, String sheet, int row, String name, DecisionRequest request,
			Expectation expected) {
	}

	static {
		com.offertiming.ruleset.WorkbookLimits.apply();
	}

	private ScenarioWorkbook() {
	}

	static Read read(String file, byte[] bytes) {
		List<Scenario> scenarios = new ArrayList<>();
		List<RuleProblem> problems = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				Row header = sheet.getRow(sheet.getFirstRowNum());
				if (header == null) {
					continue;
				}
				Map<Column, Integer> columns = columns(header, formatter);
				if (columns.isEmpty()) {
					continue; // a sheet of notes
				}
				if (!columns.containsKey(Column.EVENT)) {
					problems.add(new RuleProblem(file, sheet.getSheetName(), null, header.getRowNum() + 1, null,
							"the first row has no \"Event\" column, so this sheet holds no scenarios"));
					continue;
				}
				for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null || isBlank(row, formatter)) {
						continue;
					}
					Cells cells = new Cells(file, sheet.getSheetName(), row, columns, formatter);
					Scenario scenario = scenario(cells, file, sheet.getSheetName(), r + 1);
					if (cells.problems.isEmpty()) {
						scenarios.add(scenario);
					}
					problems.addAll(cells.problems);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RuleProblem(file, null, null, null, null,
					"cannot be read as a scenario workbook (a damaged workbook, or one still being saved): "
							+ ex.getMessage()));
		}
		return new Read(scenarios, problems);
	}

	private static Scenario scenario(Cells cells, String file, String sheet, int row) {
		String name = cells.text(Column.SCENARIO);
		DecisionRequest.Customer customer = new DecisionRequest.Customer("SCENARIO-" + row,
				cells.choice(Column.CUSTOMER_KIND, CustomerKind.class), daysAgo(cells.number(Column.TENURE_DAYS)),
				nps(cells), cells.yesNo(Column.CONSENT), cells.amount(Column.BUDGET),
				cells.number(Column.OPEN_COMPLAINTS), cells.yesNo(Column.FULLY_COVERED),
				new DecisionRequest.Purchases(daysAgo(cells.number(Column.LAST_PURCHASE_DAYS)),
						cells.number(Column.PURCHASES_12M), cells.amount(Column.SPEND_12M),
						cells.number(Column.TOTAL_PURCHASES), cells.amount(Column.TOTAL_SPEND), null));
		List<DecisionRequest.Holding> holdings = new ArrayList<>();
		String product = cells.text(Column.HOLDING);
		if (!product.isEmpty()) {
			Long used = cells.amount(Column.USAGE_USED);
			Long limit = cells.amount(Column.USAGE_LIMIT);
			Integer renewsIn = cells.number(Column.RENEWS_IN_DAYS);
			holdings.add(new DecisionRequest.Holding(product, daysAgo(cells.number(Column.HELD_DAYS)),
					cells.yesNo(Column.TRIAL), renewsIn == null ? null : TODAY.plusDays(renewsIn),
					used == null && limit == null ? null : new DecisionRequest.Usage(used, limit),
					cells.amount(Column.HOLDING_PRICE)));
		}
		String products = cells.text(Column.EVENT_PRODUCTS);
		DecisionRequest.Event event = new DecisionRequest.Event(cells.choice(Column.EVENT, EventType.class),
				OffsetDateTime.ofInstant(EVENT_AT, ZoneOffset.UTC), cells.choice(Column.CHANNEL, Channel.class),
				products.isEmpty() ? List.of() : Arrays.stream(products.split("[,;\\s]+")).filter(p -> !p.isBlank())
					.toList(),
				cells.choice(Column.SENTIMENT, Sentiment.class), blankToNull(cells.text(Column.TOPIC)));
		if (event.type() == null && cells.problems.isEmpty()) {
			cells.problem(Column.EVENT, "is empty; every scenario needs an event");
		}
		List<DecisionRequest.Contact> contacts = new ArrayList<>();
		contact(cells, Column.CONTACT1_DAYS_AGO, Column.CONTACT1_PRODUCT, Column.CONTACT1_TYPE,
				Column.CONTACT1_CHANNEL, Column.CONTACT1_OUTCOME, contacts);
		contact(cells, Column.CONTACT2_DAYS_AGO, Column.CONTACT2_PRODUCT, Column.CONTACT2_TYPE,
				Column.CONTACT2_CHANNEL, Column.CONTACT2_OUTCOME, contacts);
		Expectation expected = expectation(cells);
		return new Scenario(file, sheet, row, name.isEmpty() ? "row " + row : name,
				new DecisionRequest("scenario-" + row, true, customer, holdings, event, contacts), expected);
	}

	private static Integer nps(Cells cells) {
		Integer nps = cells.number(Column.NPS);
		if (nps != null && (nps < 0 || nps > 10)) {
			cells.problem(Column.NPS, "must be between 0 and 10");
			return null;
		}
		return nps;
	}

	private static void contact(Cells cells, Column daysAgo, Column product, Column type, Column channel,
			Column outcome, List<DecisionRequest.Contact> contacts) {
		Integer days = cells.number(daysAgo);
		if (days == null) {
			return;
		}
		contacts.add(new DecisionRequest.Contact(OffsetDateTime.ofInstant(EVENT_AT, ZoneOffset.UTC).minusDays(days),
				blankToNull(cells.text(product)), cells.choice(type, ContactType.class),
				cells.choice(channel, Channel.class), cells.choice(outcome, ContactOutcome.class)));
	}

	private static Expectation expectation(Cells cells) {
		boolean noOffer = false;
		List<Expectation.Offer> offers = new ArrayList<>();
		for (String item : cells.items(Column.EXPECTED_OFFER)) {
			if (item.equalsIgnoreCase(Expectation.NO_OFFER)) {
				noOffer = true;
			}
			else {
				String[] words = item.split("\\s+", 2);
				OfferType type = cells.parse(Column.EXPECTED_OFFER, words[0], OfferType.class);
				offers.add(new Expectation.Offer(type, words.length > 1 ? words[1] : null));
			}
		}
		List<Expectation.Suppression> suppressions = new ArrayList<>();
		for (String item : cells.items(Column.EXPECTED_SUPPRESSION)) {
			String[] words = item.split("\\s+", 2);
			suppressions.add(new Expectation.Suppression(cells.parse(Column.EXPECTED_SUPPRESSION, words[0],
					Reason.class), words.length > 1 ? words[1] : null));
		}
		List<Expectation.Action> actions = new ArrayList<>();
		for (String item : cells.items(Column.EXPECTED_ACTION)) {
			String[] words = item.split("\\s+", 2);
			actions.add(new Expectation.Action(cells.parse(Column.EXPECTED_ACTION, words[0], ActionKind.class),
					words.length > 1 ? words[1] : null));
		}
		Expectation expectation = new Expectation(noOffer, offers, suppressions, actions);
		if (expectation.isEmpty() && cells.problems.isEmpty()) {
			cells.problem(Column.EXPECTED_OFFER, "no outcome is expected: fill in an expected offer (or NO_OFFER), "
					+ "suppression or action");
		}
		return expectation;
	}

	private static LocalDate daysAgo(Integer days) {
		return days == null ? null : TODAY.minusDays(days);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static Map<Column, Integer> columns(Row header, DataFormatter formatter) {
		Map<String, Column> byLabel = new java.util.HashMap<>();
		for (Column column : Column.values()) {
			byLabel.put(Column.normalize(column.label), column);
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (Cell cell : header) {
			Column column = byLabel.get(Column.normalize(formatter.formatCellValue(cell)));
			if (column != null) {
				columns.putIfAbsent(column, cell.getColumnIndex());
			}
		}
		return columns;
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The cells of one row, read by column, collecting what cannot be read with its cell. */
	private static final class Cells {

		final List<RuleProblem> problems = new ArrayList<>();

		private final String file;

		private final String sheet;

		private final Row row;

		private final Map<Column, Integer> columns;

		private final DataFormatter formatter;

		Cells(String file, String sheet, Row row, Map<Column, Integer> columns, DataFormatter formatter) {
			this.file = file;
			this.sheet = sheet;
			this.row = row;
			this.columns = columns;
			this.formatter = formatter;
		}

		String text(Column column) {
			Integer index = columns.get(column);
			return index == null ? "" : formatter.formatCellValue(row.getCell(index)).trim();
		}

		List<String> items(Column column) {
			return Arrays.stream(text(column).split(";")).map(String::trim).filter(item -> !item.isEmpty()).toList();
		}

		Integer number(Column column) {
			Long value = amount(column);
			if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
				problem(column, "is too large");
				return null;
			}
			return value == null ? null : value.intValue();
		}

		Long amount(Column column) {
			return convert(column, "a whole number", text -> {
				long value = new java.math.BigDecimal(text.replace(",", "")).longValueExact();
				if (value < 0) {
					throw new NumberFormatException("negative");
				}
				return value;
			});
		}

		Boolean yesNo(Column column) {
			return convert(column, "yes or no", text -> switch (text.toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true" -> true;
				case "no", "n", "false" -> false;
				default -> throw new IllegalArgumentException(text);
			});
		}

		<E extends Enum<E>> E choice(Column column, Class<E> type) {
			String text = text(column);
			return text.isEmpty() ? null : parse(column, text, type);
		}

		<E extends Enum<E>> E parse(Column column, String text, Class<E> type) {
			try {
				return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				problem(column, "\"" + text + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
				return null;
			}
		}

		private <T> T convert(Column column, String what, Function<String, T> parse) {
			String text = text(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return parse.apply(text);
			}
			catch (RuntimeException ex) {
				problem(column, "\"" + text + "\" is not " + what);
				return null;
			}
		}

		void problem(Column column, String message) {
			Integer index = columns.get(column);
			String cell = index == null ? null : new CellReference(row.getRowNum(), index).formatAsString(false);
			problems.add(new RuleProblem(file, sheet, cell, row.getRowNum() + 1, null, column.label + " " + message));
		}

	}

}
