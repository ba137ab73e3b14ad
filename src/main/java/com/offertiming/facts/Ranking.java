package com.offertiming.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arbitration's choice among ranked candidates, in plain Java so it is tested directly: best first, one offer per
 * product and type, one upsell per decision, at most {@code maxOffers} offers.
 */
public final class Ranking {

	/**
	 * Best first: higher priority, then a fixed order of type, product, origin and moment, so equal priorities never
	 * depend on the order the engine found the candidates in.
	 */
	static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::priority)
		.reversed()
		.thenComparing(ranked -> ranked.candidate().type(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ranked -> ranked.candidate().productId(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ranked -> ranked.candidate().fromProductId(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ranked -> ranked.candidate().moment(), Comparator.nullsLast(Comparator.naturalOrder()));

	/** The same order for the offers made, for whoever reads them out of the session (its order is not defined). */
	public static final Comparator<Offer> OFFERS_BEST_FIRST = Comparator
		.comparing(offer -> new Ranked(offer.candidate(), offer.priority()), BEST_FIRST);

	private Ranking() {
	}

	/** What arbitration decided: the offers made, best first, and the candidates it stopped. */
	public record Result(List<Offer> offers, List<Suppression> suppressions) {
	}

	private record OfferKey(OfferType type, String productId) {
	}

	/** {@code ranked} holds {@link Ranked} facts (the engine hands over an untyped list). */
	public static Result decide(Collection<?> ranked, int maxOffers) {
		List<Ranked> order = new ArrayList<>();
		for (Object each : ranked) {
			order.add((Ranked) each);
		}
		order.sort(BEST_FIRST);
		List<Offer> offers = new ArrayList<>();
		List<Suppression> suppressions = new ArrayList<>();
		Set<OfferKey> offered = new HashSet<>();
		boolean upsold = false;
		for (Ranked next : order) {
			Candidate candidate = next.candidate();
			if (!offered.add(new OfferKey(candidate.type(), candidate.productId()))) {
				continue; // the same offer justified twice is made once, by its best-ranked twin
			}
			if (candidate.type() == OfferType.UPSELL && upsold) {
				suppressions.add(new Suppression(candidate, Reason.CHAINED_UPSELL));
			}
			else if (offers.size() < maxOffers) {
				offers.add(new Offer(candidate, next.priority()));
				upsold |= candidate.type() == OfferType.UPSELL;
			}
			else {
				suppressions.add(new Suppression(candidate, Reason.OFFER_LIMIT));
			}
		}
		return new Result(List.copyOf(offers), List.copyOf(suppressions));
	}

}
