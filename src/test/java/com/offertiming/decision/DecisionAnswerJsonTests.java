package com.offertiming.decision;

import java.time.Instant;
import java.util.List;

import com.offertiming.facts.EventType;
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
		DecisionRequest request = Requests.event(EventType.CHECKOUT).build();
		DecisionAnswer recorded = DecisionAnswer.of(TrailEntries.entry(json, request, decision));

		assertThat(json.writeValueAsString(recorded)).isEqualTo(json.writeValueAsString(decision));
	}

	@Test
	void aDryRunIsWrittenAsItsDecision() {
		DecisionResponse decision = ShippedRules.decide(BenchRequests.requests(json).get(0));

		assertThat(json.writeValueAsString(DecisionAnswer.of(decision))).isEqualTo(json.writeValueAsString(decision));
	}

}
