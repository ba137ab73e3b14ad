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
	}

	/** The page from a result fetched with one extra row, which only tells that a next page exists. */
	static DecisionPage of(DecisionQuery query, List<Summary> fetched) {
		boolean hasNext = fetched.size() > query.size();
		List<Summary> decisions = fetched.stream().limit(query.size()).toList();
		return new DecisionPage(query.page(), query.size(), hasNext, decisions);
	}

}
