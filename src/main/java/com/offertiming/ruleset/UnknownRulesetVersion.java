package com.offertiming.ruleset;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No ruleset version of that name was ever activated; answered 404. */
public class UnknownRulesetVersion extends ErrorResponseException {

	public UnknownRulesetVersion(String version) {
		super(HttpStatus.NOT_FOUND, problem(version), null);
	}

	private static ProblemDetail problem(String version) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No ruleset version " + version + " was ever activated; GET /v1/ruleset/versions lists them");
		problem.setProperty("version", version);
		return problem;
	}

}
