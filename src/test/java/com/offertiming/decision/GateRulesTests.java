package com.offertiming.decision;

import com.offertiming.facts.EventType;
import org.junit.jupiter.api.Test;

import static com.offertiming.decision.Outcomes.actions;
import static com.offertiming.decision.Outcomes.offers;
import static com.offertiming.decision.Outcomes.suppressed;
import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** Loyalty gates (DOMAIN.md section 2) on the real rules folder. */
class GateRulesTests {

	@Test
	void detractorIsNeverUpsoldAndGetsNurture() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD").nps(3));

		assertThat(offers(decision)).isEmpty();
		assertThat(suppressed(decision)).contains("PHONE-PRO DETRACTOR");
		assertThat(actions(decision)).contains("NURTURE");
	}

	@Test
	void detractorIsNeverCrossSold() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "TV-55").nps(6));

		assertThat(offers(decision)).isEmpty();
		assertThat(suppressed(decision)).contains("TV-STAND DETRACTOR", "HDMI-CABLE DETRACTOR");
	}

	@Test
	void aPassiveCustomerPassesTheDetractorGate() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD").nps(7));

		assertThat(offers(decision)).contains("UPSELL PHONE-PRO");
		assertThat(actions(decision)).doesNotContain("NURTURE");
	}

	@Test
	void aLapsedCustomerGetsWinBackNotAnUpsell() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD")
			.purchases(200, 1, 9000L, 6, 40000L));

		assertThat(decision.profile().cpmSegment().lapsed()).isTrue();
		assertThat(actions(decision)).contains("WIN_BACK");
		assertThat(suppressed(decision)).contains("PHONE-PRO LAPSED_SEGMENT");
		assertThat(offers(decision)).doesNotContain("UPSELL PHONE-PRO");
	}

	@Test
	void anActiveCustomerGetsNoWinBack() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD"));

		assertThat(actions(decision)).doesNotContain("WIN_BACK");
	}

	@Test
	void aFullyCoveredCustomerIsNotSoldMoreInsurance() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "INSURANCE-BASIC").fullyCovered(true));

		assertThat(suppressed(decision)).contains("INSURANCE-PLUS ALREADY_COVERED");
		assertThat(offers(decision)).isEmpty();
	}

	@Test
	void aCustomerWithoutFullCoverIsOfferedBetterInsurance() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "INSURANCE-BASIC"));

		assertThat(offers(decision)).contains("UPSELL INSURANCE-PLUS");
	}

	@Test
	void aTopTierCustomerIsNotUpsold() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "SAAS-BASIC").holding("SAAS-ENTERPRISE",
				400));

		assertThat(suppressed(decision)).contains("SAAS-PRO ALREADY_COVERED");
		assertThat(offers(decision)).noneMatch(offer -> offer.startsWith("UPSELL"));
	}

	@Test
	void aProductTheCustomerHoldsIsNotOfferedAgain() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "TV-55").holding("TV-STAND", 100));

		assertThat(suppressed(decision)).contains("TV-STAND ALREADY_COVERED");
		assertThat(offers(decision)).containsExactly("CROSS_SELL HDMI-CABLE");
	}

}
