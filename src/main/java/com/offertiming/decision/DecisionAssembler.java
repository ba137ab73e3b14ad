package com.offertiming.decision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

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

/** Builds the decision a caller sees from what the rules derived, linking each conclusion to its rule. */
final class DecisionAssembler {

	private DecisionAssembler() {
	}

	static DecisionResponse response(String decisionId, DecisionRequest request, String version, Instant at,
			Evaluation evaluation) {
		Channel channel = request.event().channel();
		List<DecisionResponse.OfferView> offers = evaluation.derived(Offer.class)
			.sorted(Ranking.OFFERS_BEST_FIRST)
			.map(offer -> offer(offer, channel, evaluation))
			.toList();
		List<DecisionResponse.SuppressionView> suppressed = distinct(evaluation.derived(Suppression.class),
				s -> List.of(s.candidate().type(), s.candidate().productId(), s.reason()))
			.map(s -> suppression(s, evaluation))
			.toList();
		List<DecisionResponse.ActionView> actions = distinct(evaluation.derived(Action.class), a -> a)
			.map(a -> new DecisionResponse.ActionView(a.kind(), a.productId(), evaluation.origin(a)))
			.toList();
		return new DecisionResponse(decisionId, request.requestId(), request.customer().id(), version, at,
				request.isDryRun(), profile(evaluation), offers, actions, suppressed, evaluation.trace());
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

	private static DecisionResponse.Profile profile(Evaluation evaluation) {
		Map<RfmDimension, Integer> rfm = new LinkedHashMap<>();
		evaluation.derived(RfmScore.class).forEach(score -> rfm.putIfAbsent(score.dimension(), score.score()));
		List<LoyalCustomer> loyalty = evaluation.derived(LoyalCustomer.class).toList();
		List<DecisionResponse.MomentView> moments = distinct(evaluation.derived(Moment.class), m -> m)
			.map(m -> new DecisionResponse.MomentView(m.type(), m.productId(), evaluation.origin(m)))
			.toList();
		return new DecisionResponse.Profile(
				evaluation.derived(NpsClass.class).map(NpsClass::band).findFirst().orElse(null),
				rfm.isEmpty() ? null : new DecisionResponse.Rfm(rfm.get(RfmDimension.RECENCY),
						rfm.get(RfmDimension.FREQUENCY), rfm.get(RfmDimension.MONETARY)),
				evaluation.derived(Ltv.class).map(Ltv::value).findFirst().orElse(null),
				evaluation.derived(CpmSegment.class)
					.map(s -> new DecisionResponse.Cpm(s.segment(), s.lapsed()))
					.findFirst()
					.orElse(null),
				loyalty.stream().anyMatch(l -> !l.potential()), loyalty.stream().anyMatch(LoyalCustomer::potential),
				loyalty.stream().map(LoyalCustomer::basis).distinct().toList(), moments);
	}

	/** The first of each group of equal-keyed facts, in the order the rules derived them. */
	private static <T> Stream<T> distinct(Stream<T> facts, Function<T, Object> key) {
		Map<Object, T> first = new LinkedHashMap<>();
		facts.forEach(fact -> first.putIfAbsent(key.apply(fact), fact));
		return first.values().stream();
	}

}
