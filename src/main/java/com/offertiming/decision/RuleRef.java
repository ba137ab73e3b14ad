package com.offertiming.decision;

import com.offertiming.ruleset.RuleSource;

/** Points from an offer, suppression or action to the trace step and the rule (and its row) that made it. */
record RuleRef(int step, String rule, RuleSource source) {

	static RuleRef of(TraceEntry entry) {
		return new RuleRef(entry.step(), entry.rule(), entry.source());
	}

}
