package com.offertiming.ruleset;

import java.util.Map;

/**
 * Runs the analysts' scenario workbooks on a candidate ruleset before it may go live. Implemented by the scenario
 * feature, which evaluates decisions; this package only asks the question, so it does not depend on decisions.
 */
public interface ScenarioGate {

	/** No scenario runner: every ruleset passes, and the report says so. */
	ScenarioGate NONE = (ruleset, files) -> ScenarioReport.vacuous();

	/** @param files the scenario workbooks, keyed by their path in the rules folder ({@code scenarios/x.xlsx}) */
	ScenarioReport run(Ruleset ruleset, Map<String, byte[]> files);

}
