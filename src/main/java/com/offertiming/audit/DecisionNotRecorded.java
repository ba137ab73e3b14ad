package com.offertiming.audit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A decision could not be stored, so it is not answered: the trail is full, or the store did not commit in time.
 * Answered 503 with {@code Retry-After}; a retry with the same requestId returns the decision if it was stored
 * after all.
 */
public class DecisionNotRecorded extends ErrorResponseException {

	static final String RETRY_AFTER_SECONDS = "1";

	DecisionNotRecorded(String detail, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
				cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
	}

}
