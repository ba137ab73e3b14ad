package com.offertiming.decision;

import com.offertiming.audit.DecisionEntry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads an answer back as the decision object, for tests that look into it. */
final class Answers {

	private Answers() {
	}

	static DecisionResponse decision(JsonMapper json, DecisionAnswer answer) {
		if (answer.dryRunDecision() != null) {
			return answer.dryRunDecision();
		}
		DecisionEntry entry = answer.recorded();
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
