package com.offertiming.decision;

import java.util.LinkedHashSet;
import java.util.Set;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.audit.Facets;
import tools.jackson.databind.json.JsonMapper;

/** Converts a decision to the trail's entry: each part as the JSON the caller sees, and its search facets. */
final class TrailEntries {

	private TrailEntries() {
	}

	static DecisionEntry entry(JsonMapper json, DecisionRequest request, DecisionResponse response) {
		return new DecisionEntry(response.decisionId(), response.requestId(), response.customerId(),
				response.rulesetVersion(), response.decidedAt(), json.writeValueAsString(request),
				json.writeValueAsString(response.profile()), json.writeValueAsString(response.offers()),
				json.writeValueAsString(response.actions()), json.writeValueAsString(response.suppressed()),
				json.writeValueAsString(response.trace()));
	}

	/** What the trail indexes the decision by, read off the same objects its JSON parts are written from. */
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
