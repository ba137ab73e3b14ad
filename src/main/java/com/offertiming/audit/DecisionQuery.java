package com.offertiming.audit;

import com.offertiming.web.TimeRange;
import java.util.Arrays;

import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;
import com.offertiming.web.InvalidInput;

/** A search of the trail, validated: every filter optional, newest decisions first, one page at a time. */
record DecisionQuery(String customerId, TimeRange range, String rule, OfferType offerType, Reason reason, int page,
		int size) {

	static final int MAX_SIZE = 200;

	static final int DEFAULT_SIZE = 20;

	static final int MAX_PAGE = 1_000_000;

	record Params(String customerId, String from, String to, String rule, String offerType, String reason,
			String page, String size) {
	}

	static DecisionQuery parse(Params params) {
		return new DecisionQuery(blankToNull(params.customerId()), TimeRange.parse(params.from(), params.to()),
				blankToNull(params.rule()), constant("offerType", params.offerType(), OfferType.class),
				constant("reason", params.reason(), Reason.class), number("page", params.page(), 0, 0, MAX_PAGE),
				number("size", params.size(), DEFAULT_SIZE, 1, MAX_SIZE));
	}

	long offset() {
		return (long) page * size;
	}

	private static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static int number(String name, String value, int otherwise, int min, int max) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like any other number out of range
		}
		throw new InvalidInput(name, "must be a whole number from " + min + " to " + max);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
