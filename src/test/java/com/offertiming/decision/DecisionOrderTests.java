package com.offertiming.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No fact, focus or trace step may leak from one decision into the next (a guard for any future session reuse or
 * caching): a request decides the same whatever was decided before it. It does not catch everything a reused
 * session gets wrong; see {@code BenchRequestsTests.theCpmTableFiresOneRowPerDecision}.
 */
class DecisionOrderTests {

	@Test
	void aDecisionDoesNotDependOnTheDecisionsBeforeIt() {
		List<DecisionRequest> requests = BenchRequests.requests(JsonMapper.builder().build());
		List<DecisionResponse> forward = requests.stream().map(ShippedRules::decide).toList();

		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			order.add(i);
		}
		Collections.reverse(order);
		for (int i : order) {
			assertThat(ShippedRules.decide(requests.get(i))).usingRecursiveComparison()
				.ignoringFields("decisionId")
				.isEqualTo(forward.get(i));
		}
		Collections.shuffle(order, new Random(6));
		for (int i : order) {
			assertThat(ShippedRules.decide(requests.get(i))).usingRecursiveComparison()
				.ignoringFields("decisionId")
				.isEqualTo(forward.get(i));
		}
	}

}
