package com.offertiming.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.offertiming.ruleset.ActiveRuleset;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.web.InvalidInput;
import org.springframework.stereotype.Service;

/** Decides, for one customer at one moment, which offers to make, which to hold back and why. */
@Service
class DecisionService {

	private final ActiveRuleset rules;

	private final Clock clock;

	DecisionService(ActiveRuleset rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	DecisionResponse decide(DecisionRequest request) {
		Instant at = request.event().at() != null ? request.event().at().toInstant() : clock.instant();
		checkChronology(request, at);
		Ruleset ruleset = rules.current();
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
