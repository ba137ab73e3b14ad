package com.offertiming.decision;

import com.offertiming.facts.EventType;
import org.junit.jupiter.api.Test;

import static com.offertiming.decision.Outcomes.offers;
import static com.offertiming.decision.Outcomes.suppressed;
import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** Arbitration: at most two offers, best first, one upsell, and a "why not" for the rest. */
class ArbitrationRulesTests {

	@Test
	void aDecisionMakesAtMostTwoOffersAndSaysWhyNotTheRest() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "PHONE-STD"));

		assertThat(decision.offers()).hasSize(2);
		assertThat(suppressed(decision)).anyMatch(s -> s.endsWith("OFFER_LIMIT"));
	}

	@Test
	void offersComeBestFirst() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "PHONE-STD"));

		assertThat(decision.offers()).extracting(DecisionResponse.OfferView::priority)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void aLoyalCustomersOfferRanksHigher() {
		int modest = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD")).offers().get(0).priority();
		int loyal = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD").purchases(20, 6, 84000L, 14, 160000L)).offers()
			.get(0)
			.priority();

		assertThat(loyal).isGreaterThan(modest);
	}

	@Test
	void theSameRequestOnTheSameRulesGivesTheSameDecision() {
		Requests.Builder request = event(EventType.CHECKOUT, "SAAS-BASIC").holding("SAAS-BASIC", 400, false, 60, 46L,
				50L);

		DecisionResponse first = decide(request);
		DecisionResponse second = decide(request);

		assertThat(second.offers()).isEqualTo(first.offers());
		assertThat(second.suppressed()).isEqualTo(first.suppressed());
		assertThat(second.trace()).isEqualTo(first.trace());
		assertThat(offers(first)).isNotEmpty();
	}

}
