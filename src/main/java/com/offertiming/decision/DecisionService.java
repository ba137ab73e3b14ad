package com.offertiming.decision;

import java.time.Clock;
import java.util.Optional;

import com.offertiming.audit.DecisionRecord;
import com.offertiming.audit.DecisionTrail;
import com.offertiming.ruleset.ActiveRuleset;
import com.offertiming.ruleset.Ruleset;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, for one customer at one moment, which offers to make, which to hold back and why. Every decision but a
 * dry run is stored in the trail before it is answered; a repeated requestId is answered with the stored decision.
 */
@Service
class DecisionService {

	private final ActiveRuleset rules;

	private final DecisionTrail trail;

	private final JsonMapper json;

	private final Clock clock;

	DecisionService(ActiveRuleset rules, DecisionTrail trail, JsonMapper json, Clock clock) {
		this.rules = rules;
		this.trail = trail;
		this.json = json;
		this.clock = clock;
	}

	DecisionResponse decide(DecisionRequest request) {
		Optional<DecisionRecord> earlier = request.isDryRun() ? Optional.empty()
				: trail.recordedFor(request.requestId());
		if (earlier.isPresent()) {
			return TrailEntries.response(json, earlier.get().entry());
		}
		DecisionResponse response;
		// The whole evaluation runs on one version, held by a lease so a reload cannot release it mid-way.
		try (Ruleset.Lease lease = rules.lease()) {
			response = DecisionEngine.decide(lease.ruleset(), request, clock.instant());
		}
		if (request.isDryRun()) {
			return response;
		}
		DecisionRecord recorded = trail.record(TrailEntries.entry(json, request, response));
		// A concurrent request with the same requestId was stored first: answer its decision, as a retry would get.
		return recorded.entry().decisionId().equals(response.decisionId()) ? response
				: TrailEntries.response(json, recorded.entry());
	}

}
