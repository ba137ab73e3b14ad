package com.offertiming.decision;

import java.util.List;

import com.offertiming.ruleset.RuleLimits;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesRanAway;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules over one request's facts in a session of its own, phase by phase, and always gives it back. The
 * ruleset's {@link RuleLimits} bound the work: over either limit the decision fails with {@link RulesRanAway} naming
 * the rule.
 */
final class RuleEvaluator {

	/** The ruleflow groups, in the order they run. */
	static final List<String> PHASES = List.of("profile", "moments", "offers", "gates", "throttles", "arbitration");

	private RuleEvaluator() {
	}

	static Evaluation evaluate(Ruleset ruleset, List<Object> facts) {
		RuleLimits limits = ruleset.limits();
		KieSession session = ruleset.openSession();
		boolean completed = false;
		// The deadline is checked before each firing (no watchdog thread per decision): a loop of firings is halted,
		// which is what a looping rule is; a single rule's own code cannot be stopped from outside, by either means.
		FiringRecorder recorder = new FiringRecorder(ruleset, System.nanoTime() + limits.maxDecisionTime().toNanos(),
				session::halt);
		try {
			session.addEventListener(recorder);
			session.addEventListener(recorder.insertions);
			facts.forEach(session::insert);
			// The agenda is a stack: push the last phase first so that "profile" runs first.
			for (int i = PHASES.size() - 1; i >= 0; i--) {
				session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
			}
			// One more than allowed: a session that fires it had more to do than the limit lets it.
			int fired = session.fireAllRules(limits.maxFirings() + 1);
			if (recorder.timedOut()) {
				throw recorder.ranAway("the time limit of " + limits.maxDecisionTime().toMillis()
						+ " ms (offers.rules.max-decision-time)");
			}
			if (fired > limits.maxFirings()) {
				throw recorder.ranAway("the limit of " + limits.maxFirings() + " firings (offers.rules.max-firings)");
			}
			completed = true;
			return recorder.evaluation();
		}
		finally {
			ruleset.closeSession(session, completed);
		}
	}

}
