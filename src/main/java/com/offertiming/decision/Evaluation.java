package com.offertiming.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the rules concluded: the trace, the facts they derived in order, and which firing derived each. */
record Evaluation(List<TraceEntry> trace, List<Object> derived, Map<Object, TraceEntry> insertedBy) {

	<T> Stream<T> derived(Class<T> type) {
		return derived.stream().filter(type::isInstance).map(type::cast);
	}

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
		return trace.get(ref.step() - 1).matched().stream().map(TraceEntry.MatchedFact::fact)
			.filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

}
