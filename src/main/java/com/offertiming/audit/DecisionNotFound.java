package com.offertiming.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No stored decision has this id (never made, a dry run, or purged); answered 404. */
class DecisionNotFound extends ErrorResponseException {

	DecisionNotFound(String decisionId) {
		super(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No decision " + decisionId + " is stored"),
				null);
	}

}
