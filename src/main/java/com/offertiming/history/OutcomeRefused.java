package com.offertiming.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An outcome the offer's state machine does not allow (after a final outcome, PRESENTED after IGNORED), or dated
 * before its decision or an earlier outcome: answered 422, nothing stored.
 */
class OutcomeRefused extends ErrorResponseException {

	OutcomeRefused(String field, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(field, detail), null);
	}

	private static ProblemDetail problem(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", detail)));
		return problem;
	}

}
