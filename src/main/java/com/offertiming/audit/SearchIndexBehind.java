package com.offertiming.audit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A search by term or the report could not bring the search index up to the head: its tail is stored first, a write,
 * and the store refused it. Answered 503 with {@code Retry-After} rather than with an answer that misses the latest
 * decisions.
 */
class SearchIndexBehind extends ErrorResponseException {

	SearchIndexBehind(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The trail's search index could not be brought up to date (the store takes no writes now); retry"),
				cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, DecisionNotRecorded.RETRY_AFTER_SECONDS);
	}

}
