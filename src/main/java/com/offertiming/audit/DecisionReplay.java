package com.offertiming.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.offertiming.ruleset.ActiveRuleset;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs a stored decision's request on the rules version it used, or on another archived version, and compares
 * what the rules conclude with what was answered: profile, offers, actions and suppressions (not the decision id nor
 * the time of record). Stores nothing.
 */
@Service
class DecisionReplay {

	static final String IDENTICAL = "identical";

	static final String DIFFERENT = "different";

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Outcome(String outcome, String decisionId, String recordedVersion, String replayedVersion,
			List<Difference> differences) {
	}

	record Difference(String part, JsonNode recorded, JsonNode replayed) {
	}

	private static final List<Part> PARTS = List.of(new Part("profile", DecisionEntry::profile),
			new Part("offers", DecisionEntry::offers), new Part("actions", DecisionEntry::actions),
			new Part("suppressed", DecisionEntry::suppressed));

	private record Part(String name, Function<DecisionEntry, String> json) {
	}

	private final DecisionStore store;

	private final ActiveRuleset rules;

	private final Redecider redecider;

	private final JsonMapper json;

	DecisionReplay(DecisionStore store, ActiveRuleset rules, Redecider redecider, JsonMapper json) {
		this.store = store;
		this.rules = rules;
		this.redecider = redecider;
		this.json = json;
	}

	/** Replays on {@code version}, or on the version the decision used when it is null. */
	Outcome replay(String decisionId, String version) {
		DecisionEntry recorded = store.byDecisionId(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId))
			.entry();
		String on = version == null || version.isBlank() ? recorded.rulesetVersion() : version;
		DecisionEntry replayed = rules
			.withVersion(on, ruleset -> redecider.redecide(recorded.request(), recorded.decidedAt(), ruleset))
			.orElseThrow(() -> new RulesetVersionNotFound(on));
		List<Difference> differences = new ArrayList<>();
		for (Part part : PARTS) {
			JsonNode before = json.readTree(part.json().apply(recorded));
			JsonNode after = json.readTree(part.json().apply(replayed));
			if (!before.equals(after)) {
				differences.add(new Difference(part.name(), before, after));
			}
		}
		return new Outcome(differences.isEmpty() ? IDENTICAL : DIFFERENT, decisionId, recorded.rulesetVersion(), on,
				differences);
	}

}
