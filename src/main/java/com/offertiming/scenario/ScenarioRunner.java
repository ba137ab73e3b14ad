package com.offertiming.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.offertiming.decision.DecisionEngine;
import com.offertiming.decision.DecisionResponse;
import com.offertiming.ruleset.RuleProblem;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.ScenarioGate;
import com.offertiming.ruleset.ScenarioReport;
import com.offertiming.ruleset.ScenarioReport.ScenarioResult;
import org.springframework.stereotype.Component;

/**
 * Runs the analysts' scenario workbooks through the decision pipeline the service uses, on a given ruleset, and
 * compares each decision with the row's expected outcome. A scenario that throws fails with the error as its outcome.
 */
@Component
public class ScenarioRunner implements ScenarioGate {

	@Override
	public ScenarioReport run(Ruleset ruleset, Map<String, byte[]> files) {
		List<ScenarioResult> results = new ArrayList<>();
		List<RuleProblem> problems = new ArrayList<>();
		files.forEach((file, bytes) -> {
			ScenarioWorkbook.Read read = ScenarioWorkbook.read(file, bytes);
			problems.addAll(read.problems());
			read.scenarios().forEach(scenario -> results.add(run(ruleset, scenario)));
		});
		return ScenarioReport.of(results, problems);
	}

	private static ScenarioResult run(Ruleset ruleset, ScenarioWorkbook.Scenario scenario) {
		String actual;
		boolean passed;
		try {
			DecisionResponse decision = DecisionEngine.decide(ruleset, scenario.request(), ScenarioWorkbook.EVENT_AT);
			actual = Expectation.describe(decision);
			passed = scenario.expected().matches(decision);
		}
		catch (RuntimeException ex) {
			actual = "error: " + ex.getMessage();
			passed = false;
		}
		return new ScenarioResult(scenario.file(), scenario.sheet(), scenario.row(), scenario.name(),
				scenario.expected().toString(), actual, passed);
	}

}
