package com.offertiming.decision;

import java.util.List;

import com.offertiming.ruleset.Ruleset;
import org.kie.api.runtime.KieSession;

/** Runs the rules over one request's facts in a fresh session, phase by phase, and always disposes it. */
final class RuleEvaluator {

	/** The ruleflow groups, in the order they run. */
	static final List<String> PHASES = List.of("profile", "moments", "offers", "gates", "throttles", "arbitration");

	private RuleEvaluator() {
	}

	static Evaluation evaluate(Ruleset ruleset, List<Object> facts) {
		FiringRecorder recorder = new FiringRecorder(ruleset);
		KieSession session = ruleset.newSession();
		try {
			session.addEventListener(recorder);
			session.addEventListener(recorder.insertions);
			facts.forEach(session::insert);
			// The agenda is a stack: push the last phase first so that "profile" runs first.
			for (int i = PHASES.size() - 1; i >= 0; i--) {
				session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
			}
			session.fireAllRules();
			return recorder.evaluation();
		}
		finally {
			session.dispose();
		}
	}

}
