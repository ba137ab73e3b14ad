package com.offertiming.decision;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.EventType;
import org.junit.jupiter.api.Test;

import static com.offertiming.decision.Outcomes.actions;
import static com.offertiming.decision.Outcomes.offers;
import static com.offertiming.decision.Outcomes.reasons;
import static com.offertiming.decision.Outcomes.suppressed;
import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** Anti-pushiness throttles (DOMAIN.md section 3) on the real rules folder. */
class ThrottleRulesTests {

	private static Requests.Builder phoneViewed() {
		return event(EventType.PRODUCT_VIEWED, "PHONE-STD");
	}

	@Test
	void noUpsellWhileTheProductIsOnTrial() {
		DecisionResponse decision = decide(event(EventType.SURVEY_ANSWERED).nps(9).holding("GYM-BASIC", 60, true, null,
				null, null));

		assertThat(suppressed(decision)).contains("GYM-PREMIUM TRIAL_PERIOD");
		assertThat(offers(decision)).noneMatch(offer -> offer.startsWith("UPSELL"));
	}

	@Test
	void aPaidMemberPastTrialIsUpsold() {
		DecisionResponse decision = decide(event(EventType.SURVEY_ANSWERED).nps(9).holding("GYM-BASIC", 60));

		assertThat(reasons(decision)).doesNotContain("TRIAL_PERIOD");
		assertThat(offers(decision)).anyMatch(offer -> offer.startsWith("UPSELL"));
	}

	@Test
	void noUpsellInTheFirstTwoWeeksOfOnboarding() {
		DecisionResponse decision = decide(phoneViewed().customerForDays(5));

		assertThat(suppressed(decision)).contains("PHONE-PRO TRIAL_PERIOD");
	}

	@Test
	void anUnknownTenureWaitsLikeOnboarding() {
		DecisionResponse decision = decide(phoneViewed().customerForDays(-1));

		assertThat(suppressed(decision)).contains("PHONE-PRO TRIAL_PERIOD");
	}

	@Test
	void noOfferOfAnyKindWhileAComplaintIsOpen() {
		DecisionResponse decision = decide(event(EventType.CHECKOUT, "TV-55").openComplaints(1));

		assertThat(offers(decision)).isEmpty();
		assertThat(suppressed(decision)).contains("TV-STAND OPEN_COMPLAINT", "HDMI-CABLE OPEN_COMPLAINT");
	}

	@Test
	void noOutboundOfferWithoutConsent() {
		DecisionResponse decision = decide(phoneViewed().channel(Channel.EMAIL).consent(false));

		assertThat(offers(decision)).isEmpty();
		assertThat(suppressed(decision)).contains("PHONE-PRO NO_CONSENT");
	}

	@Test
	void aMissingConsentIsNoConsent() {
		DecisionResponse decision = decide(phoneViewed().channel(Channel.SMS).consent(null));

		assertThat(suppressed(decision)).contains("PHONE-PRO NO_CONSENT");
	}

	@Test
	void anUnknownChannelNeedsConsentToo() {
		DecisionResponse decision = decide(phoneViewed().channel(null).consent(null));

		assertThat(suppressed(decision)).contains("PHONE-PRO NO_CONSENT");
	}

	@Test
	void anOfferOnTheCustomersOwnVisitNeedsNoMarketingConsent() {
		DecisionResponse decision = decide(phoneViewed().channel(Channel.WEB).consent(false));

		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void oneOutboundOfferPerChannelPerWeek() {
		DecisionResponse decision = decide(phoneViewed().channel(Channel.EMAIL)
			.contact(3, "TV-STAND", ContactType.CROSS_SELL, Channel.EMAIL, ContactOutcome.IGNORED));

		assertThat(suppressed(decision)).contains("PHONE-PRO FREQUENCY_CAP");
	}

	@Test
	void anOutboundOfferLastWeekOnAnotherChannelDoesNotCountForThisChannel() {
		DecisionResponse decision = decide(phoneViewed().channel(Channel.EMAIL)
			.contact(3, "TV-STAND", ContactType.CROSS_SELL, Channel.SMS, ContactOutcome.IGNORED));

		assertThat(reasons(decision)).doesNotContain("FREQUENCY_CAP");
	}

	@Test
	void twoOffersInThirtyDaysFillTheMonthlyCap() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(12, "TV-STAND", ContactType.CROSS_SELL, Channel.WEB, ContactOutcome.IGNORED)
			.contact(20, "CAMERA-CASE", ContactType.CROSS_SELL, Channel.STORE, ContactOutcome.IGNORED));

		assertThat(suppressed(decision)).contains("PHONE-PRO FREQUENCY_CAP");
	}

	@Test
	void oneOfferThisMonthLeavesRoomForAnother() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(12, "TV-STAND", ContactType.CROSS_SELL, Channel.WEB, ContactOutcome.IGNORED));

		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void aDeclinedOfferTypeRestsForThirtyDays() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(10, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED));

		assertThat(suppressed(decision)).contains("PHONE-PRO DECLINE_COOLDOWN");
	}

	@Test
	void afterTheCooldownTheOfferTypeIsBack() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(40, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED));

		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void aProductDeclinedTwiceInNinetyDaysRestsForHalfAYear() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(100, "PHONE-PRO", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED)
			.contact(150, "PHONE-PRO", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED));

		assertThat(suppressed(decision)).contains("PHONE-PRO DECLINE_COOLDOWN");
	}

	@Test
	void twoDeclinesFarApartDoNotBlockTheProduct() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(100, "PHONE-PRO", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED)
			.contact(200, "PHONE-PRO", ContactType.UPSELL, Channel.WEB, ContactOutcome.DECLINED));

		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void anUpsellAboveTheBudgetIsHeldBack() {
		DecisionResponse decision = decide(phoneViewed().budget(30000L));

		assertThat(suppressed(decision)).contains("PHONE-PRO OVER_BUDGET");
		assertThat(offers(decision)).isEmpty();
	}

	@Test
	void anUpsellWithinTheBudgetIsOffered() {
		DecisionResponse decision = decide(phoneViewed().budget(1_000_000L));

		assertThat(offers(decision)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void anUnknownBudgetDoesNotStopAnUpsell() {
		DecisionResponse decision = decide(phoneViewed().budget(null));

		assertThat(reasons(decision)).doesNotContain("OVER_BUDGET");
	}

	@Test
	void noSecondUpsellOnTheHeelsOfTheFirst() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(0, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.PRESENTED));

		assertThat(suppressed(decision)).contains("PHONE-PRO CHAINED_UPSELL");
	}

	@Test
	void oneDecisionMakesAtMostOneUpsell() {
		DecisionResponse decision = decide(event(EventType.PRODUCT_VIEWED, "SAAS-BASIC").kind(
				com.offertiming.facts.CustomerKind.BUSINESS));

		assertThat(offers(decision)).hasSize(1).allMatch(offer -> offer.startsWith("UPSELL"));
		assertThat(reasons(decision)).contains("CHAINED_UPSELL");
	}

	@Test
	void anAcceptedUpsellWaitsForItsFollowUp() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(10, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.ACCEPTED));

		assertThat(suppressed(decision)).contains("PHONE-PRO FOLLOW_UP_PENDING");
		assertThat(actions(decision)).doesNotContain("FOLLOW_UP WARRANTY-PLUS");
	}

	@Test
	void aFollowUpIsDueThirtyDaysAfterAnAcceptedUpsell() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(40, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.ACCEPTED));

		assertThat(actions(decision)).contains("FOLLOW_UP WARRANTY-PLUS");
		assertThat(suppressed(decision)).contains("PHONE-PRO FOLLOW_UP_PENDING");
	}

	@Test
	void afterTheFollowUpUpsellsMayResume() {
		DecisionResponse decision = decide(phoneViewed()
			.contact(40, "WARRANTY-PLUS", ContactType.UPSELL, Channel.WEB, ContactOutcome.ACCEPTED)
			.contact(8, "WARRANTY-PLUS", ContactType.FOLLOW_UP, Channel.CALL, ContactOutcome.PRESENTED));

		assertThat(reasons(decision)).doesNotContain("FOLLOW_UP_PENDING");
		assertThat(actions(decision)).doesNotContain("FOLLOW_UP WARRANTY-PLUS");
	}

}
