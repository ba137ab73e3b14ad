package com.offertiming.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No stored decision with that id (never made, a dry run, or purged), or no such offer in it: answered 404. */
class NotFound extends ErrorResponseException {

	NotFound(String detail) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
	}

}
