package com.offertiming.decision;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Every decision slot stayed taken for as long as a decision may wait: answered 503 with Retry-After. */
class DecisionServiceBusy extends ErrorResponseException {

	DecisionServiceBusy(Duration waited) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The service is deciding as many requests as it can; none could start within " + waited + "; retry"),
				null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
	}

}
