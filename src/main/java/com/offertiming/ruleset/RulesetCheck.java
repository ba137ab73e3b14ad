package com.offertiming.ruleset;

import java.util.List;
import java.util.Map;

/**
 * The check every ruleset passes before it may go live, also run by {@code POST /v1/ruleset/validate} and the
 * command line: the files compile, and the analysts' scenarios pass on the result.
 */
public final class RulesetCheck {

	private final RulesetCompiler compiler;

	private final ScenarioGate gate;

	public RulesetCheck(RulesetCompiler compiler, ScenarioGate gate) {
		this.compiler = compiler;
		this.gate = gate;
	}

	/**
	 * What the check found. {@code ruleset} is the built version when it passed (the caller owns it and disposes it),
	 * null otherwise; {@code scenarios} is null when the files did not compile.
	 */
	public record Checked(String version, Ruleset ruleset, List<RuleProblem> problems, ScenarioReport scenarios) {

		public boolean passed() {
			return ruleset != null;
		}

	}

	public Checked check(RuleFiles rules, Map<String, byte[]> scenarios) {
		String version = rules.version();
		Ruleset ruleset;
		try {
			ruleset = compiler.compile(rules);
		}
		catch (RulesetDidNotCompile ex) {
			return new Checked(version, null, ex.problems(), null);
		}
		catch (RuntimeException ex) {
			return new Checked(version, null,
					List.of(RuleProblem.inFile(".", "Drools failed while building the rules: " + ex)), null);
		}
		ScenarioReport report;
		try {
			report = gate.run(ruleset, scenarios);
		}
		catch (RuntimeException ex) {
			ruleset.dispose();
			throw ex;
		}
		if (!report.allPassed()) {
			ruleset.dispose();
			return new Checked(version, null, report.failures(), report);
		}
		return new Checked(version, ruleset, List.of(), report);
	}

}
