package com.offertiming.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A stored decision as an auditor reads it: every column, the JSON parts exactly as stored. An export reads a record
 * whose stored trace cannot be decompressed without it: {@code trace} is then absent and {@code traceUnreadable} says
 * why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordView(long seq, String decisionId, String requestId, String customerId, String rulesetVersion,
		Instant decidedAt, Instant recordedAt, @JsonRawValue String request, @JsonRawValue String profile,
		@JsonRawValue String offers, @JsonRawValue String actions, @JsonRawValue String suppressed,
		@JsonRawValue String trace, String traceUnreadable, String prevHash, String hash) {

	static final String TRACE_UNREADABLE = "the store's copy of the trace was edited or damaged and cannot be "
			+ "decompressed; /v1/audit/verify names the record";

	static RecordView of(DecisionRecord record) {
		DecisionEntry entry = record.entry();
		String trace = entry.trace() == null ? null : entry.trace().toString();
		return new RecordView(record.seq(), entry.decisionId(), entry.requestId(), entry.customerId(),
				entry.rulesetVersion(), entry.decidedAt(), record.recordedAt(), entry.request(), entry.profile(),
				entry.offers(), entry.actions(), entry.suppressed(), trace, trace == null ? TRACE_UNREADABLE : null,
				record.prevHash(), record.hash());
	}

}
