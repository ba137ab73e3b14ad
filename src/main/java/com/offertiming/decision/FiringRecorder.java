package com.offertiming.decision;

import java.util.ArrayList;
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

	/**
	 * The clock is read every this many firings, not at each: a decision fires some twenty rules, and a profile put a
	 * few percent of it on those reads. A loop of firings is still halted within microseconds of the deadline.
	 */
	private static final int FIRINGS_PER_CLOCK_READ = 16;

	private final Ruleset ruleset;

	private final List<TraceEntry> trace = new ArrayList<>();

	private final List<Object> derived = new ArrayList<>();

	/**
	 * Sized so that the facts a decision derives fit without a resize: with the shipped rules often more than 21, the
	 * default's limit.
	 */
	private final Map<Object, TraceEntry> insertedBy = new IdentityHashMap<>(42);

	private final long deadline;

	private final Runnable halt;

	private TraceEntry firing;

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
		if (!timedOut && trace.size() % FIRINGS_PER_CLOCK_READ == 0 && System.nanoTime() - deadline > 0) {
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

	/**
	 * The rule that fired most, as the one that ran away; {@code limit} says which limit stopped it. Counted from the
	 * trace, once, rather than at every firing of every decision.
	 */
	RulesRanAway ranAway(String limit) {
		// Rule names are unique within a package only: the source tells two of the same name apart.
		record Fired(String rule, RuleSource source) {
		}
		Map<Fired, Integer> firings = new HashMap<>();
		Fired most = null;
		int mostFirings = 0;
		for (TraceEntry entry : trace) {
			Fired rule = new Fired(entry.rule(), entry.source());
			int count = firings.merge(rule, 1, Integer::sum);
			if (count > mostFirings) {
				most = rule;
				mostFirings = count;
			}
		}
		return new RulesRanAway(most.rule(), most.source(), mostFirings, trace.size(),
				trace.get(trace.size() - 1).rule(), limit);
	}

	Evaluation evaluation() {
		return new Evaluation(List.copyOf(trace), List.copyOf(derived), insertedBy);
	}

}
