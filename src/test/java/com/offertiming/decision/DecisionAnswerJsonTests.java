package com.offertiming.decision;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored decision's answer, written from its trail entry, reads exactly as the decision serialised would. */
@JsonTest
class DecisionAnswerJsonTests {

	@Autowired
	private JsonMapper json;

	@Test
	void aRecordedAnswerIsTheSameTextAsTheDecisionForEveryBenchRequest() {
		List<DecisionRequest> requests = BenchRequests.requests(json);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(20);
		for (DecisionRequest request : requests) {
			DecisionResponse decision = ShippedRules.decide(request);
			DecisionAnswer recorded = DecisionAnswer.of(TrailEntries.entry(json, request, decision));

			assertThat(json.writeValueAsString(recorded)).as(request.requestId())
				.isEqualTo(json.writeValueAsString(decision));
		}
	}

	@Test
	void aDecisionWithoutRequestIdOrProfileLeavesThemOutAsTheDecisionWould() {
		DecisionResponse decision = new DecisionResponse("d-1", null, "C-1", "v1",
				Instant.parse("2026-11-22T10:00:00.120Z"), false, null, List.of(), List.of(), List.of(), List.of());
		DecisionAnswer recorded = DecisionAnswer.of(TrailEntries.entry(json, Requests.event(com.offertiming.facts.EventType.CHECKOUT).build(),
				decision));

		assertThat(json.writeValueAsString(recorded)).isEqualTo(json.writeValueAsString(decision));
	}

	@Test
	void aDryRunIsWrittenAsItsDecision() {
		DecisionResponse decision = ShippedRules.decide(BenchRequests.requests(json).get(0));

		assertThat(json.writeValueAsString(DecisionAnswer.of(decision))).isEqualTo(json.writeValueAsString(decision));
	}

	@Test
	void aRecordedAnswerReadsBackAsItsDecision() {
		DecisionRequest request = BenchRequests.requests(json).get(1);
		DecisionResponse decision = ShippedRules.decide(request);

		DecisionResponse readBack = DecisionAnswer.of(TrailEntries.entry(json, request, decision)).response(json);

		assertThat(json.writeValueAsString(readBack)).isEqualTo(json.writeValueAsString(decision));
	}

}
