package com.offertiming.ruleset;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /v1/ruleset} shows: the version decisions run on, how and when it went live, and the last attempt to
 * load the rules folder with its outcome and errors.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulesetStatus(String version, List<String> files, int ruleCount, Instant activatedAt,
		Trigger activatedBy, boolean watching, String watchNote, Scenarios scenarios, Attempt lastAttempt) {

	/** What made a version go live or be tried. */
	public enum Trigger {

		/** The service started. */
		STARTUP,
		/** The rules folder changed. */
		FOLDER_CHANGE,
		/** Someone chose an archived version ({@code POST /v1/ruleset/versions/{version}/activate}). */
		MANUAL

	}

	public enum Outcome {

		ACTIVATED,
		/** The rule files are those of the active version: nothing new went live. */
		UNCHANGED,
		/** The files did not compile or failed a scenario: the previous version keeps serving. */
		REJECTED

	}

	/** One attempt to load rules, with what was wrong (file, sheet, cell, row, line, message). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Attempt(Instant at, Trigger trigger, String version, Outcome outcome, List<RuleProblem> errors) {
	}

	/** The scenario results of the active version, in short. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Scenarios(int total, int passed, int failed, String note) {

		static Scenarios of(ScenarioReport report) {
			return new Scenarios(report.total(), report.passed(), report.failed(), report.note());
		}

	}

}
