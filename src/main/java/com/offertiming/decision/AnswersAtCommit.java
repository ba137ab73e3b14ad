package com.offertiming.decision;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.offertiming.audit.DecisionTrail;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a stored decision from the thread that completes its commit (the trail writer's), in the servlet's
 * asynchronous mode, so that no request thread parks for the commit: on this machine a request thread that waits for
 * another costs 100-200 us more CPU a request (docs/performance-log.md, twentieth session). The answer's bytes, or its
 * problem, are written here rather than in a second dispatch through Spring MVC, which costs as much as the wait.
 */
@Component
class AnswersAtCommit {

	private static final Logger log = LoggerFactory.getLogger(AnswersAtCommit.class);

	private final DecisionTrail trail;

	private final JsonMapper json;

	AnswersAtCommit(DecisionTrail trail, JsonMapper json) {
		this.trail = trail;
		this.json = json;
	}

	/** Answers the request when the decision's record is committed, or 503 when it is not within the commit timeout. */
	void answerAtCommit(CompletableFuture<DecisionAnswer> answer, HttpServletRequest request,
			HttpServletResponse response) {
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(trail.commitTimeout().toMillis());
		AtomicBoolean answered = new AtomicBoolean();
		async.addListener(new AsyncListener() {

			@Override
			public void onTimeout(AsyncEvent event) {
				// Answered 503 through the future, which releases the customer's lock as a commit would.
				trail.timeOut(answer);
			}

			@Override
			public void onError(AsyncEvent event) {
				// The connection failed and the container ends the request: its response is no longer ours to write.
				answered.set(true);
			}

			@Override
			public void onComplete(AsyncEvent event) {
			}

			@Override
			public void onStartAsync(AsyncEvent event) {
			}

		});
		answer.whenComplete((decided, failure) -> {
			if (answered.compareAndSet(false, true)) {
				write(async, request, response, decided, failure);
			}
		});
	}

	private void write(AsyncContext async, HttpServletRequest request, HttpServletResponse response,
			DecisionAnswer decided, Throwable failure) {
		try {
			if (failure == null) {
				byte[] body = decided.json();
				response.setStatus(HttpStatus.OK.value());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				// All of it in the response's buffer: this thread never writes to a socket (a slow client would stall
				// every answer after it); the container sends it once the request is complete.
				response.setBufferSize(body.length);
				response.getOutputStream().write(body);
			}
			else {
				writeProblem(request, response, failure instanceof CompletionException ex ? ex.getCause() : failure);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("A decision's answer could not be written: its client went away", ex);
		}
		finally {
			try {
				async.complete();
			}
			catch (IllegalStateException ex) {
				log.debug("A decision's request ended before its answer", ex);
			}
		}
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, Throwable failure)
			throws IOException {
		ErrorResponse problem = failure instanceof ErrorResponse known ? known : unexpected(failure);
		ProblemDetail stated = problem.getBody();
		// A copy: one failure can answer a whole batch of requests.
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.getStatusCode(), stated.getDetail());
		body.setType(stated.getType());
		body.setTitle(stated.getTitle());
		if (stated.getProperties() != null) {
			stated.getProperties().forEach(body::setProperty);
		}
		body.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatusCode().value());
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// As bytes first: writing to the stream would close it, which sends it from this thread.
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	private static ErrorResponse unexpected(Throwable failure) {
		log.error("Unexpected failure", failure);
		return ErrorResponse.create(failure, HttpStatus.INTERNAL_SERVER_ERROR,
				"The service failed unexpectedly; the failure was logged");
	}

}
