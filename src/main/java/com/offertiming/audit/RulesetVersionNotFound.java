package com.offertiming.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A replay asked for a rules version that was never activated here; answered 404. */
class RulesetVersionNotFound extends ErrorResponseException {

	RulesetVersionNotFound(String version) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No rules version " + version + " is archived"), null);
	}

}
