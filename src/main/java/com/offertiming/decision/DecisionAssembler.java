package com.offertiming.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.offertiming.facts.Action;
import com.offertiming.facts.Candidate;
import com.offertiming.facts.Channel;
import com.offertiming.facts.CpmSegment;
import com.offertiming.facts.LoyalCustomer;
import com.offertiming.facts.Ltv;
import com.offertiming.facts.Moment;
import com.offertiming.facts.NpsClass;
import com.offertiming.facts.Offer;
import com.offertiming.facts.Opening;
import com.offertiming.facts.Policy;
import com.offertiming.facts.Ranking;
import com.offertiming.facts.RfmDimension;
import com.offertiming.facts.RfmScore;
import com.offertiming.facts.Suppression;

import static java.util.Collections.unmodifiableList;

/** Builds the decision a caller sees from what the rules derived, linking each conclusion to its rule. */
final class DecisionAssembler {

	private DecisionAssembler() {
	}

	static DecisionResponse response(String decisionId, DecisionRequest request, String version, Instant at,
			Evaluation evaluation) {
		Derived derived = new Derived(evaluation.derived());
		Channel channel = request.event().channel();
		derived.offers.sort(Ranking.OFFERS_BEST_FIRST);
		List<DecisionResponse.OfferView> offers = new ArrayList<>(derived.offers.size());
		derived.offers.forEach(offer -> offers.add(offer(offer, channel, evaluation)));
		List<DecisionResponse.SuppressionView> suppressed = new ArrayList<>(derived.suppressions.size());
		derived.suppressions.values().forEach(s -> suppressed.add(suppression(s, evaluation)));
		List<DecisionResponse.ActionView> actions = new ArrayList<>(derived.actions.size());
		derived.actions.forEach(a -> actions.add(new DecisionResponse.ActionView(a.kind(), a.productId(),
				evaluation.origin(a))));
		return new DecisionResponse(decisionId, request.requestId(), request.customer().id(), version, at,
				request.isDryRun(), profile(derived, evaluation), unmodifiableList(offers),
				unmodifiableList(actions), unmodifiableList(suppressed), evaluation.trace());
	}

	private static DecisionResponse.OfferView offer(Offer offer, Channel channel, Evaluation evaluation) {
		Candidate candidate = offer.candidate();
		RuleRef proposedBy = evaluation.origin(candidate);
		Opening opening = evaluation.matched(proposedBy, Opening.class);
		Moment moment = opening == null ? null : evaluation.matched(evaluation.origin(opening), Moment.class);
		return new DecisionResponse.OfferView(candidate.type(), candidate.productId(), candidate.fromProductId(),
				candidate.moment(), channel, offer.priority(), candidate.price(), proposedBy,
				moment == null ? null : evaluation.origin(moment), evaluation.origin(offer));
	}

	private static DecisionResponse.SuppressionView suppression(Suppression suppression, Evaluation evaluation) {
		Candidate candidate = suppression.candidate();
		RuleRef by = evaluation.origin(suppression);
		Policy policy = suppression.reason().policy() == null ? null
				: evaluation.matched(by, suppression.reason().policy());
		return new DecisionResponse.SuppressionView(candidate.type(), candidate.productId(), candidate.moment(),
				suppression.reason(), by, policy == null ? null : evaluation.origin(policy));
	}

	private static DecisionResponse.Profile profile(Derived derived, Evaluation evaluation) {
		List<DecisionResponse.MomentView> moments = new ArrayList<>(derived.moments.size());
		derived.moments.forEach(m -> moments.add(new DecisionResponse.MomentView(m.type(), m.productId(),
				evaluation.origin(m))));
		Map<RfmDimension, Integer> rfm = derived.rfm;
		return new DecisionResponse.Profile(derived.npsClass == null ? null : derived.npsClass.band(),
				rfm.isEmpty() ? null : new DecisionResponse.Rfm(rfm.get(RfmDimension.RECENCY),
						rfm.get(RfmDimension.FREQUENCY), rfm.get(RfmDimension.MONETARY)),
				derived.ltv == null ? null : derived.ltv.value(),
				derived.cpm == null ? null : new DecisionResponse.Cpm(derived.cpm.segment(), derived.cpm.lapsed()),
				derived.loyal, derived.potentialLoyal, unmodifiableList(new ArrayList<>(derived.loyaltyBases)),
				unmodifiableList(moments));
	}

	/**
	 * The derived facts the answer shows, sorted out in one pass, in the order the rules derived them: the first of
	 * each profile fact, and the first of each group of equal suppressions (same type, product and reason), actions
	 * and moments.
	 */
	private static final class Derived {

		final List<Offer> offers = new ArrayList<>();

		final Map<List<Object>, Suppression> suppressions = new LinkedHashMap<>();

		final Set<Action> actions = new LinkedHashSet<>();

		final Set<Moment> moments = new LinkedHashSet<>();

		final Map<RfmDimension, Integer> rfm = new EnumMap<>(RfmDimension.class);

		final Set<String> loyaltyBases = new LinkedHashSet<>();

		NpsClass npsClass;

		Ltv ltv;

		CpmSegment cpm;

		boolean loyal;

		boolean potentialLoyal;

		Derived(List<Object> facts) {
			for (Object fact : facts) {
				if (fact instanceof Offer offer) {
					offers.add(offer);
				}
				else if (fact instanceof Suppression s) {
					suppressions.putIfAbsent(List.of(s.candidate().type(), s.candidate().productId(), s.reason()), s);
				}
				else if (fact instanceof Action action) {
					actions.add(action);
				}
				else if (fact instanceof Moment moment) {
					moments.add(moment);
				}
				else if (fact instanceof RfmScore score) {
					rfm.putIfAbsent(score.dimension(), score.score());
				}
				else if (fact instanceof LoyalCustomer loyalty) {
					loyal |= !loyalty.potential();
					potentialLoyal |= loyalty.potential();
					loyaltyBases.add(loyalty.basis());
				}
				else if (fact instanceof NpsClass nps && npsClass == null) {
					npsClass = nps;
				}
				else if (fact instanceof Ltv value && ltv == null) {
					ltv = value;
				}
				else if (fact instanceof CpmSegment segment && cpm == null) {
					cpm = segment;
				}
			}
		}

	}

}
