package com.offertiming.history;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The customer's lock was not had in time (another decision for them is slow), or their history could not be read:
 * answered 503 with {@code Retry-After}; nothing was decided or stored.
 */
class CustomerBusy extends ErrorResponseException {

	CustomerBusy(String detail, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail),
				cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
	}

}
