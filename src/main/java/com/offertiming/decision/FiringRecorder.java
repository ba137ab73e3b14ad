package com.offertiming.decision;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.offertiming.ruleset.RuleSource;
import com.offertiming.ruleset.Ruleset;
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

	private TraceEntry firing;

	FiringRecorder(Ruleset ruleset) {
		this.ruleset = ruleset;
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

	Evaluation evaluation() {
		return new Evaluation(List.copyOf(trace), List.copyOf(derived), insertedBy);
	}

}
