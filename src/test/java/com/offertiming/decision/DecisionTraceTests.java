package com.offertiming.decision;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.EventType;
import com.offertiming.ruleset.RuleSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** An auditor can go from every offer, suppression and action to the rule and the row or line that made it. */
class DecisionTraceTests {

	static Stream<Requests.Builder> busyDecisions() {
		return Stream.of(event(EventType.CHECKOUT, "PHONE-STD"),
				event(EventType.SUPPORT_CONTACT).nps(3).holding("SAAS-BASIC", 400, false, 60, 46L, 50L),
				event(EventType.PRODUCT_VIEWED, "PHONE-STD").channel(Channel.EMAIL).consent(false).budget(1000L)
					.contact(40, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.ACCEPTED)
					.contact(3, "TV-STAND", ContactType.CROSS_SELL, Channel.EMAIL, ContactOutcome.DECLINED),
				event(EventType.CANCELLATION_REQUEST, "SAAS-PRO").holding("SAAS-PRO", 300));
	}

	@ParameterizedTest
	@MethodSource("busyDecisions")
	void everyConclusionPointsToAnExistingRowOrLine(Requests.Builder request) {
		DecisionResponse decision = decide(request);

		List<RuleRef> refs = Stream.of(
				decision.offers().stream().flatMap(o -> Stream.of(o.proposedBy(), o.justifiedBy(), o.chosenBy())),
				decision.suppressed().stream().map(DecisionResponse.SuppressionView::suppressedBy),
				decision.actions().stream().map(DecisionResponse.ActionView::decidedBy))
			.flatMap(s -> s)
			.toList();
		assertThat(refs).isNotEmpty().doesNotContainNull();
		for (RuleRef ref : refs) {
			assertThat(decision.trace().get(ref.step() - 1).rule()).isEqualTo(ref.rule());
			assertPointsIntoTheRules(ref.source());
		}
	}

	@ParameterizedTest
	@MethodSource("busyDecisions")
	void everyFiredRuleIsTracedWithItsSourceAndFacts(Requests.Builder request) {
		DecisionResponse decision = decide(request);

		assertThat(decision.trace()).isNotEmpty().allSatisfy(entry -> {
			assertPointsIntoTheRules(entry.source());
			assertThat(entry.description()).isNotBlank();
		});
		assertThat(decision.trace()).extracting(TraceEntry::step)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, decision.trace().size()).boxed()
				.toList());
	}

	@ParameterizedTest
	@MethodSource("busyDecisions")
	void policySuppressionsNameThePolicyRow(Requests.Builder request) {
		DecisionResponse decision = decide(request);

		decision.suppressed().stream()
			.filter(s -> List.of("FREQUENCY_CAP", "DECLINE_COOLDOWN", "FOLLOW_UP_PENDING", "OFFER_LIMIT")
				.contains(s.reason().name()))
			.forEach(s -> {
				assertThat(s.policy()).as("policy of %s", s).isNotNull();
				assertThat(s.policy().source().row()).isNotNull();
			});
	}

	private static void assertPointsIntoTheRules(RuleSource source) {
		assertThat(source.file()).isNotNull();
		assertThat(Files.isRegularFile(ShippedRules.FOLDER.resolve(source.file()))).as(source.file()).isTrue();
		if (source.file().endsWith(".drl")) {
			assertThat(source.line()).isPositive();
		}
		else {
			assertThat(source.sheet()).isNotBlank();
			assertThat(source.row()).isGreaterThan(5);
		}
	}

}
