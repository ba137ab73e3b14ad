package com.offertiming.decision;

import java.util.List;
import java.util.Map;

/** What the rules concluded: the trace, the facts they derived in order, and which firing derived each. */
record Evaluation(List<TraceEntry> trace, List<Object> derived, Map<Object, TraceEntry> insertedBy) {

	/** The firing that inserted this fact (by identity). */
	RuleRef origin(Object fact) {
		TraceEntry entry = insertedBy.get(fact);
		return entry == null ? null : RuleRef.of(entry);
	}

	/** The first fact of a type that a firing matched, e.g. the policy a throttle applied. */
	<T> T matched(RuleRef ref, Class<T> type) {
		if (ref == null) {
			return null;
		}
		for (TraceEntry.MatchedFact matched : trace.get(ref.step() - 1).matched()) {
			if (type.isInstance(matched.fact())) {
				return type.cast(matched.fact());
			}
		}
		return null;
	}

}
