package com.offertiming.decision;

import java.util.LinkedHashSet;
import java.util.Set;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.audit.Facets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Converts a decision to the trail's entry (each part as the JSON the caller sees) and a stored entry back. */
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

	static DecisionResponse response(JsonMapper json, DecisionEntry entry) {
		ObjectNode response = json.createObjectNode();
		response.put("decisionId", entry.decisionId());
		response.put("requestId", entry.requestId());
		response.put("customerId", entry.customerId());
		response.put("rulesetVersion", entry.rulesetVersion());
		response.put("decidedAt", entry.decidedAt().toString());
		response.put("dryRun", false);
		response.set("profile", json.readTree(entry.profile()));
		response.set("offers", json.readTree(entry.offers()));
		response.set("actions", json.readTree(entry.actions()));
		response.set("suppressed", json.readTree(entry.suppressed()));
		response.set("trace", json.readTree(entry.trace()));
		return json.treeToValue(response, DecisionResponse.class);
	}

}
