package com.offertiming.decision;

import java.time.Instant;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.audit.Redecider;
import com.offertiming.ruleset.Ruleset;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Lets the trail replay a stored request: the same evaluation as a decision, at the stored decision time. */
@Component
class StoredRequestReplayer implements Redecider {

	private final JsonMapper json;

	StoredRequestReplayer(JsonMapper json) {
		this.json = json;
	}

	@Override
	public DecisionEntry redecide(String request, Instant decidedAt, Ruleset ruleset) {
		DecisionRequest stored = json.readValue(request, DecisionRequest.class);
		return RenderedDecision.of(json, stored, DecisionEngine.decide(ruleset, stored, decidedAt)).entry();
	}

}
