package com.offertiming.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTests {

	private static Ranked ranked(OfferType type, String product, int priority) {
		return new Ranked(new Candidate(type, product, "FROM", MomentType.PURCHASE_DECISION, 1000), priority);
	}

	@Test
	void offersTheBestFirstUpToTheLimitAndStopsTheRest() {
		Ranked low = ranked(OfferType.CROSS_SELL, "A", 10);
		Ranked high = ranked(OfferType.CROSS_SELL, "B", 50);
		Ranked middle = ranked(OfferType.CROSS_SELL, "C", 30);

		Ranking.Result result = Ranking.decide(List.of(low, high, middle), 2);

		assertThat(result.offers()).containsExactly(new Offer(high.candidate(), 50),
				new Offer(middle.candidate(), 30));
		assertThat(result.suppressions()).containsExactly(new Suppression(low.candidate(), Reason.OFFER_LIMIT));
	}

	@Test
	void keepsOnlyTheFirstUpsell() {
		Ranked best = ranked(OfferType.UPSELL, "PRO", 40);
		Ranked second = ranked(OfferType.UPSELL, "USERS", 35);
		Ranked crossSell = ranked(OfferType.CROSS_SELL, "ADDON", 20);

		Ranking.Result result = Ranking.decide(List.of(second, crossSell, best), 2);

		assertThat(result.offers()).extracting(Offer::candidate)
			.containsExactly(best.candidate(), crossSell.candidate());
		assertThat(result.suppressions())
			.containsExactly(new Suppression(second.candidate(), Reason.CHAINED_UPSELL));
	}

	@Test
	void makesTheSameOfferOnceThoughSeveralMomentsJustifyIt() {
		Ranked atPurchase = ranked(OfferType.CROSS_SELL, "CASE", 40);
		Ranked atPeak = new Ranked(new Candidate(OfferType.CROSS_SELL, "CASE", "FROM", MomentType.EMOTIONAL_PEAK,
				1000), 30);

		Ranking.Result result = Ranking.decide(List.of(atPeak, atPurchase), 2);

		assertThat(result.offers()).containsExactly(new Offer(atPurchase.candidate(), 40));
		assertThat(result.suppressions()).isEmpty();
	}

	@Test
	void breaksTiesTheSameWayWhateverTheInputOrder() {
		Ranked a = ranked(OfferType.CROSS_SELL, "A", 10);
		Ranked b = ranked(OfferType.CROSS_SELL, "B", 10);
		Ranked up = ranked(OfferType.UPSELL, "Z", 10);

		assertThat(Ranking.decide(List.of(b, a, up), 2))
			.isEqualTo(Ranking.decide(List.of(up, a, b), 2));
		assertThat(Ranking.decide(List.of(b, a, up), 2).offers()).extracting(offer -> offer.candidate().productId())
			.containsExactly("Z", "A");
	}

	@Test
	void aLimitOfZeroOffersNothing() {
		Ranking.Result result = Ranking.decide(List.of(ranked(OfferType.DOWNSELL, "BASIC", 30)), 0);

		assertThat(result.offers()).isEmpty();
		assertThat(result.suppressions()).extracting(Suppression::reason).containsExactly(Reason.OFFER_LIMIT);
	}

}
