package com.offertiming.decision;

import java.util.LinkedHashSet;
import java.util.Set;

import com.offertiming.audit.Facets;

/** What the trail indexes a decision by (its entry is a {@link RenderedDecision}'s). */
final class TrailEntries {

	private TrailEntries() {
	}

	/** Read off the same objects the entry's JSON parts are written from. */
	static Facets facets(DecisionResponse response) {
		Set<String> rules = new LinkedHashSet<>();
		response.trace().forEach(step -> rules.add(step.rule()));
		Set<String> offerTypes = new LinkedHashSet<>();
		response.offers().forEach(offer -> offerTypes.add(offer.type().name()));
		Set<String> reasons = new LinkedHashSet<>();
		response.suppressed().forEach(suppression -> reasons.add(suppression.reason().name()));
		return new Facets(rules, offerTypes, reasons);
	}

}
