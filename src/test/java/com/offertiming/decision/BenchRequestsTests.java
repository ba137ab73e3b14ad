package com.offertiming.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.offertiming.facts.ActionKind;
import com.offertiming.facts.MomentType;
import com.offertiming.facts.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark mix is realistic only if it exercises every moment, gate, throttle and action. */
class BenchRequestsTests {

	private final List<DecisionResponse> decisions = BenchRequests.requests(JsonMapper.builder().build()).stream()
		.map(ShippedRules::decide)
		.toList();

	@Test
	void theMixHoldsAtLeastTwentyRequests() {
		assertThat(decisions).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void everyMomentIsDetected() {
		Set<MomentType> moments = EnumSet.noneOf(MomentType.class);
		decisions.forEach(d -> d.profile().moments().forEach(m -> moments.add(m.type())));
		assertThat(moments).containsExactlyInAnyOrder(MomentType.values());
	}

	@Test
	void everyGateAndThrottleStopsSomething() {
		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		decisions.forEach(d -> d.suppressed().forEach(s -> reasons.add(s.reason())));
		assertThat(reasons).containsExactlyInAnyOrder(Reason.values());
	}

	@Test
	void everyActionIsGiven() {
		Set<ActionKind> actions = EnumSet.noneOf(ActionKind.class);
		decisions.forEach(d -> d.actions().forEach(a -> actions.add(a.kind())));
		assertThat(actions).containsExactlyInAnyOrder(ActionKind.values());
	}

	/** The cpm table is an activation group: its first matching row fires, never a second one. */
	@Test
	void theCpmTableFiresOneRowPerDecision() {
		decisions.forEach(d -> assertThat(d.trace().stream()
			.filter(step -> "profile/cpm.drl.xlsx".equals(step.source().file())))
			.as(d.requestId())
			.hasSizeLessThanOrEqualTo(1));
	}

	@Test
	void mostRequestsEndInAnOffer() {
		assertThat(decisions.stream().filter(d -> !d.offers().isEmpty()).count())
			.isGreaterThanOrEqualTo(decisions.size() / 3);
	}

}
