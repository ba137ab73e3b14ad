package com.offertiming.ruleset;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Checked files do not compile or fail a scenario; answered 422 with the errors and the scenario results. */
class RulesFailedValidation extends ErrorResponseException {

	RulesFailedValidation(RulesValidation.Report report) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(report), null);
	}

	private static ProblemDetail problem(RulesValidation.Report report) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The rules would not go live: " + report.errors().size() + " error(s); nothing was activated");
		problem.setProperty("version", report.version());
		problem.setProperty("errors", report.errors());
		if (report.scenarios() != null) {
			problem.setProperty("scenarios", report.scenarios());
		}
		return problem;
	}

}
