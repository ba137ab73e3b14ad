package com.offertiming.audit;

import java.time.Instant;

/**
 * One decision as the trail keeps it: who, when, on which rules version, and each part of the answer as the JSON text
 * the caller saw. {@code decidedAt} is the decision's time (the event's), kept to the millisecond. The trace, most of
 * a record, is kept as UTF-8 bytes ({@link JsonText}); it is null in a record read from a store whose copy of it
 * cannot be decompressed.
 */
public record DecisionEntry(String decisionId, String requestId, String customerId, String rulesetVersion,
		Instant decidedAt, String request, String profile, String offers, String actions, String suppressed,
		JsonText trace) {
}
