package com.offertiming.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open range of time from query parameters: {@code from} inclusive, {@code to} exclusive, either may be
 * absent. Each is an ISO-8601 instant ({@code 2026-11-22T10:00:00Z}) or a UTC date; a date as {@code to} includes
 * that whole day.
 */
public record TimeRange(Instant from, Instant to) {

	public static final TimeRange ALL = new TimeRange(null, null);

	public static TimeRange parse(String from, String to) {
		Instant start = instant("from", from, false);
		Instant end = instant("to", to, true);
		if (start != null && end != null && !end.isAfter(start)) {
			throw new InvalidInput("to", "must be after from");
		}
		return new TimeRange(start, end);
	}

	public Long fromMillis() {
		return from == null ? null : from.toEpochMilli();
	}

	public Long toMillis() {
		return to == null ? null : to.toEpochMilli();
	}

	private static Instant instant(String name, String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				LocalDate date = LocalDate.parse(value);
				return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notADate) {
				throw new InvalidInput(name, "must be an ISO-8601 instant (2026-11-22T10:00:00Z) or date (2026-11-22)");
			}
		}
	}

}
