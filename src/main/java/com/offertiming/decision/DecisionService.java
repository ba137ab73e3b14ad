package com.offertiming.decision;

import java.time.Clock;

import com.offertiming.ruleset.ActiveRuleset;
import com.offertiming.ruleset.Ruleset;
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

	/** Runs the whole decision on one version, held by a lease so a reload cannot release it mid-way. */
	DecisionResponse decide(DecisionRequest request) {
		try (Ruleset.Lease lease = rules.lease()) {
			return DecisionEngine.decide(lease.ruleset(), request, clock.instant());
		}
	}

}
