package com.offertiming.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Names the field of a JSON input problem and says what it must be, the same way for a request body (ApiErrors) and
 * for an entry of a batch.
 */
public final class InputProblems {

	/** The field name for problems with the body as a whole: the JSON root. */
	public static final String BODY = "$";

	private InputProblems() {
	}

	/** The JSON path of the problem, such as {@code customer.nps} or {@code holdings[0].usage.used}. */
	public static String field(JacksonException ex) {
		return path(ex.getPath());
	}

	/** What is wrong with the value, for a caller. */
	public static String message(JacksonException ex) {
		if (ex instanceof MismatchedInputException mismatch) {
			return readable(mismatch);
		}
		return "is not valid JSON" + (ex.getLocation() == null ? ""
				: " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")");
	}

	static String path(List<JacksonException.Reference> references) {
		if (references.isEmpty()) {
			return BODY;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static String readable(MismatchedInputException mismatch) {
		Class<?> type = mismatch.getTargetType();
		if (type != null) {
			if (type.isEnum()) {
				return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
					.collect(Collectors.joining(", "));
			}
			if (type == LocalDate.class) {
				return "must be a date like 2026-11-22";
			}
			if (type == OffsetDateTime.class || type == Instant.class) {
				return "must be a date and time with an offset, like 2026-11-22T10:00:00Z";
			}
			if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
				return "must be a whole number";
			}
			if (type == Boolean.class || type == boolean.class) {
				return "must be true or false";
			}
			if (List.class.isAssignableFrom(type)) {
				return "must be a list";
			}
			if (type == String.class) {
				return "must be a string";
			}
		}
		return "has the wrong type";
	}

}
