package com.offertiming.decision;

import java.util.List;

import com.offertiming.ruleset.RuleSource;

/** One rule firing, in firing order: which rule, where it is written, and the facts it matched. */
record TraceEntry(int step, String rule, String description, RuleSource source, List<MatchedFact> matched) {

	/** A fact a rule matched, named by its type. */
	record MatchedFact(String type, Object fact) {
	}

}
