package com.offertiming.decision;

import java.time.Clock;
import java.util.List;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.audit.Facets;
import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trail entries the bench request mix makes on the shipped rules, as the service stores them: for benchmarks of
 * the trail that should store what the service stores, not made-up records.
 */
public final class BenchEntries {

	/** An entry and its search facets, as {@code DecisionService} hands them to the trail. */
	public record Decided(DecisionEntry entry, Facets facets) {
	}

	private BenchEntries() {
	}

	/** A decision id as the service makes them (version 7: time-ordered, so the trail inserts them near the end). */
	public static String decisionId() {
		return DecisionIds.next();
	}

	public static List<Decided> decided() {
		Ruleset ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(ShippedRules.FOLDER));
		try {
			JsonMapper json = JsonMapper.builder().build();
			return BenchRequests.requests(json).stream().map(request -> {
				DecisionResponse response = DecisionBenchmark.decide(ruleset, request);
				RenderedDecision rendered = RenderedDecision.of(json, request, response);
				return new Decided(rendered.entry(), rendered.facets());
			}).toList();
		}
		finally {
			ruleset.dispose();
		}
	}

}
