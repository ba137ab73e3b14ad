package com.offertiming.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.offertiming.ruleset.RuleSource;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesRanAway;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session: records every firing as a trace entry, and which firing inserted each derived fact, so an
 * offer or suppression can point back to its rule.
 */
final class FiringRecorder extends DefaultAgendaEventListener {

	private final Ruleset ruleset;

	private final List<TraceEntry> trace = new ArrayList<>();

	private final List<Object> derived = new ArrayList<>();

	private final Map<Object, TraceEntry> insertedBy = new IdentityHashMap<>();

	/** Firings per rule, to name the one that ran away. */
	private final Map<Rule, int[]> firings = new HashMap<>();

	private final long deadline;

	private final Runnable halt;

	private TraceEntry firing;

	private Rule last;

	private boolean timedOut;

	/**
	 * @param deadline the {@link System#nanoTime()} after which no further rule may fire
	 * @param halt stops the session; called once, between two firings, when the deadline has passed
	 */
	FiringRecorder(Ruleset ruleset, long deadline, Runnable halt) {
		this.ruleset = ruleset;
		this.deadline = deadline;
		this.halt = halt;
	}

	final RuleRuntimeEventListener insertions = new DefaultRuleRuntimeEventListener() {
		@Override
		public void objectInserted(ObjectInsertedEvent event) {
			if (event.getRule() != null && firing != null) {
				derived.add(event.getObject());
				insertedBy.put(event.getObject(), firing);
			}
		}
	};

	@Override
	public void beforeMatchFired(BeforeMatchFiredEvent event) {
		Rule rule = event.getMatch().getRule();
		firings.computeIfAbsent(rule, r -> new int[1])[0]++;
		last = rule;
		if (!timedOut && System.nanoTime() - deadline > 0) {
			timedOut = true;
			halt.run();
		}
		RuleSource source = ruleset.sourceOf(rule);
		List<Object> facts = event.getMatch().getObjects();
		TraceEntry.MatchedFact[] matched = new TraceEntry.MatchedFact[facts.size()];
		for (int i = 0; i < matched.length; i++) {
			Object fact = facts.get(i);
			matched[i] = new TraceEntry.MatchedFact(fact.getClass().getSimpleName(), fact);
		}
		firing = new TraceEntry(trace.size() + 1, rule.getName(), source.description(), source, List.of(matched));
		trace.add(firing);
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		firing = null;
	}

	boolean timedOut() {
		return timedOut;
	}

	/** The rule that fired most, as the one that ran away; {@code limit} says which limit stopped it. */
	RulesRanAway ranAway(String limit) {
		Map.Entry<Rule, int[]> most = firings.entrySet().stream()
			.max(Comparator.comparingInt(e -> e.getValue()[0]))
			.orElseThrow();
		Rule rule = most.getKey();
		return new RulesRanAway(rule.getName(), ruleset.sourceOf(rule), most.getValue()[0],
				trace.size(), last.getName(), limit);
	}

	Evaluation evaluation() {
		return new Evaluation(List.copyOf(trace), List.copyOf(derived), insertedBy);
	}

}
