package com.offertiming.decision;

import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.EventType;
import com.offertiming.facts.NpsBand;
import com.offertiming.facts.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.offertiming.decision.Requests.event;
import static com.offertiming.decision.ShippedRules.decide;
import static org.assertj.core.api.Assertions.assertThat;

/** The derived profile (DOMAIN.md section 2): NPS class, RFM, LTV, CPM segment and loyalty, by rules. */
class ProfileRulesTests {

	private static DecisionResponse.Profile profileOf(Requests.Builder request) {
		return decide(request).profile();
	}

	private static Requests.Builder anyEvent() {
		return event(EventType.SURVEY_ANSWERED);
	}

	@ParameterizedTest(name = "NPS {0} is {1}")
	@CsvSource({ "10, PROMOTER", "9, PROMOTER", "8, PASSIVE", "7, PASSIVE", "6, DETRACTOR", "0, DETRACTOR" })
	void npsAnswersFallIntoClasses(int nps, NpsBand band) {
		assertThat(profileOf(anyEvent().nps(nps)).npsClass()).isEqualTo(band);
	}

	@Test
	void aMissingNpsIsNotAPromoter() {
		DecisionResponse.Profile profile = profileOf(anyEvent().nps(null));

		assertThat(profile.npsClass()).isNull();
		assertThat(profile.potentialLoyal()).isFalse();
	}

	@Test
	void rfmScoresComeFromRecencyFrequencyAndMonetary() {
		DecisionResponse.Profile profile = profileOf(anyEvent().purchases(20, 12, 250000L, 30, 600000L));

		assertThat(profile.rfm()).isEqualTo(new DecisionResponse.Rfm(5, 5, 5));
	}

	@Test
	void weakRfmScoresForAnOldSmallBuyer() {
		DecisionResponse.Profile profile = profileOf(anyEvent().purchases(400, 1, 5000L, 2, 9000L));

		assertThat(profile.rfm()).isEqualTo(new DecisionResponse.Rfm(1, 1, 1));
	}

	@Test
	void unknownPurchasesGiveNoRfmNoLtvAndNoSegment() {
		DecisionResponse.Profile profile = profileOf(anyEvent().noPurchaseHistory());

		assertThat(profile.rfm()).isNull();
		assertThat(profile.ltv()).isNull();
		assertThat(profile.cpmSegment()).isNull();
	}

	@Test
	void lifetimeValueIsOrderValueTimesFrequencyTimesExpectedYears() {
		DecisionResponse.Profile consumer = profileOf(anyEvent().purchases(20, 6, 84000L, 14, 160000L));
		DecisionResponse.Profile business = profileOf(
				anyEvent().kind(CustomerKind.BUSINESS).purchases(20, 6, 84000L, 14, 160000L));

		assertThat(consumer.ltv()).isEqualTo(14000L * 6 * 3);
		assertThat(business.ltv()).isEqualTo(14000L * 6 * 5);
	}

	@Test
	void aBigLongStandingRecentBuyerIsAnActiveLoyalSegment() {
		DecisionResponse.Profile profile = profileOf(anyEvent().purchases(20, 6, 84000L, 14, 160000L));

		assertThat(profile.cpmSegment()).isEqualTo(new DecisionResponse.Cpm(Segment.LOYAL, false));
	}

	@Test
	void theSameBuyerAfterFourMonthsSilenceIsLapsed() {
		DecisionResponse.Profile profile = profileOf(anyEvent().purchases(120, 1, 10000L, 14, 160000L));

		assertThat(profile.cpmSegment()).isEqualTo(new DecisionResponse.Cpm(Segment.LOYAL, true));
	}

	@Test
	void aFirstPurchaseMakesAFirstTimeCustomer() {
		DecisionResponse.Profile profile = profileOf(anyEvent().customerForDays(40).purchases(10, 1, 3000L, 1, 3000L));

		assertThat(profile.cpmSegment()).isEqualTo(new DecisionResponse.Cpm(Segment.FIRST_TIME, false));
	}

	@Test
	void spendingFiftyThousandAYearMakesALoyalCustomer() {
		DecisionResponse.Profile profile = profileOf(anyEvent().purchases(20, 6, 84000L, 14, 160000L));

		assertThat(profile.loyal()).isTrue();
		assertThat(profile.loyaltyBases()).contains("HIGH_SPEND");
	}

	@Test
	void aPromoterWhoSpendsLittleIsAPotentialLoyal() {
		DecisionResponse.Profile profile = profileOf(anyEvent().nps(10).purchases(20, 2, 8000L, 3, 12000L));

		assertThat(profile.loyal()).isFalse();
		assertThat(profile.potentialLoyal()).isTrue();
	}

	@Test
	void aModestPassiveBuyerIsNotLoyal() {
		DecisionResponse.Profile profile = profileOf(anyEvent().nps(7).purchases(20, 2, 8000L, 3, 12000L));

		assertThat(profile.loyal()).isFalse();
		assertThat(profile.potentialLoyal()).isFalse();
	}

}
