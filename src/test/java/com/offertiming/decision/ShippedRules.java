package com.offertiming.decision;

import java.nio.file.Path;
import java.time.Clock;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;

/**
 * The real {@code rules/} folder, compiled once per test run, and a way to decide a request on it exactly as the
 * service does, without Spring.
 */
final class ShippedRules {

	static final Path FOLDER = Path.of("rules");

	private static Ruleset ruleset;

	private ShippedRules() {
	}

	static synchronized Ruleset ruleset() {
		if (ruleset == null) {
			ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(FOLDER));
		}
		return ruleset;
	}

	static DecisionResponse decide(DecisionRequest request) {
		return DecisionEngine.decide(ruleset(), request, request.event().at().toInstant());
	}

	static DecisionResponse decide(Requests.Builder request) {
		return decide(request.build());
	}

}
