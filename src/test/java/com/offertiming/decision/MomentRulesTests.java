package com.offertiming.decision;

import com.offertiming.facts.EventType;
import com.offertiming.facts.Sentiment;
import org.junit.jupiter.api.Test;

import static com.offertiming.decision.Outcomes.moments;
import static com.offertiming.decision.Outcomes.offers;
import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** Timing rules (DOMAIN.md section 1) on the real rules folder: each moment where it holds and where it does not. */
class MomentRulesTests {

	@Test
	void attendingAnEventIsAnEmotionalPeakForItsMerchandise() {
		DecisionResponse decision = decide(event(EventType.EVENT_ATTENDED, "FESTIVAL-TICKET"));

		assertThat(moments(decision)).contains("EMOTIONAL_PEAK FESTIVAL-TICKET");
		assertThat(offers(decision)).contains("UPSELL FESTIVAL-MERCH");
	}

	@Test
	void anEventLeftWithANegativeFeelingIsNoPeak() {
		DecisionResponse decision = decide(event(EventType.EVENT_ATTENDED, "FESTIVAL-TICKET")
			.sentiment(Sentiment.NEGATIVE));

		assertThat(moments(decision)).doesNotContain("EMOTIONAL_PEAK FESTIVAL-TICKET");
		assertThat(offers(decision)).isEmpty();
	}

	@Test
	void merchandiseIsOfferedOnlyAtAnEmotionalPeak() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "FESTIVAL-TICKET"));

		assertThat(offers(decision)).doesNotContain("UPSELL FESTIVAL-MERCH");
	}

	@Test
	void aCheckoutIsAPurchaseDecisionForAccessories() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "TV-55"));

		assertThat(moments(decision)).contains("PURCHASE_DECISION TV-55");
		assertThat(offers(decision)).containsExactlyInAnyOrder("CROSS_SELL TV-STAND", "CROSS_SELL HDMI-CABLE");
	}

	@Test
	void browsingIsConsiderationWithOneUpsellAndNoCrossSell() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "PHONE-STD"));

		assertThat(moments(decision)).contains("CONSIDERATION PHONE-STD");
		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void usageNearThePlanLimitIsAnIssueDiscovered() {
		DecisionResponse decision = decide(event(EventType.SUPPORT_CONTACT)
			.holding("SAAS-BASIC", 400, false, null, 46L, 50L));

		assertThat(moments(decision)).contains("ISSUE_DISCOVERED SAAS-BASIC");
		assertThat(offers(decision)).contains("UPSELL SAAS-PRO");
	}

	@Test
	void aMomentSeenByTwoRulesCountsOnce() {
		DecisionResponse decision = decide(event(EventType.USAGE_ALERT, "SAAS-BASIC")
			.holding("SAAS-BASIC", 400, false, null, 46L, 50L));

		assertThat(moments(decision)).containsOnlyOnce("ISSUE_DISCOVERED SAAS-BASIC");
	}

	@Test
	void anEventOfUnknownFeelingIsNoPeak() {
		DecisionResponse decision = decide(event(EventType.EVENT_ATTENDED, "FESTIVAL-TICKET").sentiment(null));

		assertThat(moments(decision)).isEmpty();
	}

	@Test
	void modestUsageRevealsNoIssue() {
		DecisionResponse decision = decide(event(EventType.SUPPORT_CONTACT)
			.holding("SAAS-BASIC", 400, false, null, 20L, 50L));

		assertThat(moments(decision)).isEmpty();
		assertThat(offers(decision)).isEmpty();
	}

	@Test
	void aSupportContactAboutAFullStorageIsAnIssueDiscovered() {
		DecisionResponse decision = decide(event(EventType.SUPPORT_CONTACT).topic("STORAGE_FULL")
			.holding("SAAS-BASIC", 400));

		assertThat(moments(decision)).contains("ISSUE_DISCOVERED SAAS-BASIC");
	}

	@Test
	void aSatisfiedFreeUserIsReadyForThePaidPlan() {
		DecisionResponse decision = decide(event(EventType.SURVEY_ANSWERED).holding("STORAGE-FREE", 45));

		assertThat(moments(decision)).contains("FRONT_TO_BACK_END STORAGE-FREE");
		assertThat(offers(decision)).contains("UPSELL STORAGE-PLUS");
	}

	@Test
	void aFreeUserOfTenDaysIsNotYetAskedToPay() {
		DecisionResponse decision = decide(event(EventType.SURVEY_ANSWERED).holding("STORAGE-FREE", 10));

		assertThat(moments(decision)).doesNotContain("FRONT_TO_BACK_END STORAGE-FREE");
		assertThat(offers(decision)).doesNotContain("UPSELL STORAGE-PLUS");
	}

	@Test
	void aRenewalWithHighUsageIsARenewalWindow() {
		DecisionResponse decision = decide(event(EventType.RENEWAL_DUE)
			.holding("SAAS-BASIC", 300, false, 60, 36L, 50L));

		assertThat(moments(decision)).contains("RENEWAL_WINDOW SAAS-BASIC");
	}

	@Test
	void aRenewalWithoutNeedIsNoSalesMoment() {
		DecisionResponse decision = decide(event(EventType.BUDGET_PLANNING)
			.holding("SAAS-BASIC", 300, false, 60, 10L, 50L));

		assertThat(moments(decision)).doesNotContain("RENEWAL_WINDOW SAAS-BASIC");
	}

	@Test
	void aCancellationRequestIsChurnRiskAnsweredWithADownsell() {
		DecisionResponse decision = decide(event(EventType.CANCELLATION_REQUEST, "SAAS-PRO").holding("SAAS-PRO", 400));

		assertThat(moments(decision)).contains("CHURN_RISK SAAS-PRO");
		assertThat(offers(decision)).containsExactly("DOWNSELL SAAS-BASIC");
	}

	@Test
	void aPlanAboveTheStatedBudgetIsChurnRisk() {
		DecisionResponse decision = decide(event(EventType.SUPPORT_CONTACT).budget(8000L)
			.pricedHolding("GYM-PREMIUM", 200, 12000));

		assertThat(moments(decision)).contains("CHURN_RISK GYM-PREMIUM");
		assertThat(offers(decision)).contains("DOWNSELL GYM-BASIC");
	}

	@Test
	void aContentCustomerIsNotOfferedADownsell() {
		DecisionResponse decision = decide(event(EventType.SUPPORT_CONTACT).holding("SAAS-PRO", 400));

		assertThat(offers(decision)).doesNotContain("DOWNSELL SAAS-BASIC");
	}

}
