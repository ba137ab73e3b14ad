package com.offertiming.ruleset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a ruleset did on the analysts' scenarios: one result per scenario row, and the problems that kept rows from
 * running (an unreadable workbook, a value that is not one of the allowed ones). Without scenario workbooks the gate
 * passes vacuously, and {@code note} says so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioReport(int total, int passed, int failed, String note, List<ScenarioResult> results,
		List<RuleProblem> problems) {

	static final String VACUOUS = "no scenario workbooks (rules/scenarios/*.xlsx): the scenario gate passes vacuously";

	public static ScenarioReport of(List<ScenarioResult> results, List<RuleProblem> problems) {
		if (results.isEmpty() && problems.isEmpty()) {
			return vacuous();
		}
		int passed = (int) results.stream().filter(ScenarioResult::passed).count();
		return new ScenarioReport(results.size(), passed, results.size() - passed, null, List.copyOf(results),
				List.copyOf(problems));
	}

	public static ScenarioReport vacuous() {
		return new ScenarioReport(0, 0, 0, VACUOUS, List.of(), List.of());
	}

	public boolean allPassed() {
		return failed == 0 && problems.isEmpty();
	}

	/** What keeps the ruleset from going live, one problem per failed row, located like a rule error. */
	public List<RuleProblem> failures() {
		List<RuleProblem> failures = new java.util.ArrayList<>(problems);
		results.stream().filter(result -> !result.passed())
			.map(result -> RuleProblem.atRow(result.file(), result.sheet(), result.row(), "scenario \""
					+ result.scenario() + "\" expected " + result.expected() + " but the rules gave "
					+ result.actual()))
			.forEach(failures::add);
		return failures;
	}

	/** One scenario row: what the analyst expected, what the rules decided, and whether that matches. */
	public record ScenarioResult(String file, String sheet, int row, String scenario, String expected, String actual,
			boolean passed) {
	}

}
