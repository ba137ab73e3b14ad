package com.offertiming.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A stored record's compressed trace cannot be decompressed: its bytes were edited or damaged in the store. Answered
 * 500 naming the decision; the chain's verification names the record as edited.
 */
class StoredTraceUnreadable extends ErrorResponseException {

	private final long seq;

	private final String decisionId;

	private final String requestId;

	StoredTraceUnreadable(long seq, String decisionId, String requestId, IllegalArgumentException cause) {
		super(HttpStatus.INTERNAL_SERVER_ERROR, ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The stored trace of decision " + decisionId + " (record " + seq + ") cannot be read: the store's "
						+ "copy was edited or damaged; /v1/audit/verify checks the chain"),
				cause);
		this.seq = seq;
		this.decisionId = decisionId;
		this.requestId = requestId;
	}

	long seq() {
		return seq;
	}

	String decisionId() {
		return decisionId;
	}

	/** The requestId the decision was stored under, or null. */
	String requestId() {
		return requestId;
	}

}
