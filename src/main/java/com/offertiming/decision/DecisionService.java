package com.offertiming.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.offertiming.audit.DecisionRecord;
import com.offertiming.audit.DecisionTrail;
import com.offertiming.ruleset.ActiveRuleset;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.web.InvalidInput;
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
		// The trail keeps times to the millisecond: decide on the time it will show.
		Instant at = (request.event().at() != null ? request.event().at().toInstant() : clock.instant())
			.truncatedTo(ChronoUnit.MILLIS);
		checkChronology(request, at);
		DecisionResponse response = evaluate(request, rules.current(), at);
		if (request.isDryRun()) {
			return response;
		}
		DecisionRecord recorded = trail.record(TrailEntries.entry(json, request, response));
		// A concurrent request with the same requestId was stored first: answer its decision, as a retry would get.
		return recorded.entry().decisionId().equals(response.decisionId()) ? response
				: TrailEntries.response(json, recorded.entry());
	}

	/** The decision the ruleset makes for the request at the given time; stores nothing (replay uses it too). */
	DecisionResponse evaluate(DecisionRequest request, Ruleset ruleset, Instant at) {
		Evaluation evaluation = RuleEvaluator.evaluate(ruleset, FactsAssembler.facts(request, at));
		return DecisionAssembler.response(UUID.randomUUID().toString(), request, ruleset.version(), at, evaluation);
	}

	/** History after the event would make every window and cool-down wrong: refuse it rather than guess. */
	private static void checkChronology(DecisionRequest request, Instant at) {
		List<DecisionRequest.Contact> contacts = request.contactHistory() == null ? List.of()
				: request.contactHistory();
		for (int i = 0; i < contacts.size(); i++) {
			if (contacts.get(i).at().toInstant().isAfter(at)) {
				throw new InvalidInput("contactHistory[" + i + "].at", "is after event.at");
			}
		}
		DecisionRequest.Purchases purchases = request.customer().purchases();
		if (purchases != null && purchases.lastAt() != null
				&& purchases.lastAt().isAfter(at.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
			throw new InvalidInput("customer.purchases.lastAt", "is after event.at");
		}
	}

}
