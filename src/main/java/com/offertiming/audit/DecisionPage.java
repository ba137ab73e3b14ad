package com.offertiming.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** One page of a search: what each decision answered, without its request and trace (read those by id). */
record DecisionPage(int page, int size, boolean hasNext, List<Summary> decisions) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Summary(long seq, String decisionId, String requestId, String customerId, String rulesetVersion,
			Instant decidedAt, Instant recordedAt, @JsonRawValue String offers, @JsonRawValue String actions,
			@JsonRawValue String suppressed) {

		static Summary of(DecisionRecord record) {
			DecisionEntry entry = record.entry();
			return new Summary(record.seq(), entry.decisionId(), entry.requestId(), entry.customerId(),
					entry.rulesetVersion(), entry.decidedAt(), record.recordedAt(), entry.offers(), entry.actions(),
					entry.suppressed());
		}

	}

	/** The page from a result fetched with one extra row, which only tells that a next page exists. */
	static DecisionPage of(DecisionQuery query, List<DecisionRecord> fetched) {
		boolean hasNext = fetched.size() > query.size();
		List<Summary> decisions = fetched.stream().limit(query.size()).map(Summary::of).toList();
		return new DecisionPage(query.page(), query.size(), hasNext, decisions);
	}

}
