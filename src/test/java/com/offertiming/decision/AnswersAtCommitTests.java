package com.offertiming.decision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.offertiming.audit.DecisionTrail;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/** What the thread that completes a stored decision's commit writes, and when it writes nothing. */
class AnswersAtCommitTests {

	/** As the application's mapper renders problems (Spring's mixin: no empty fields, properties inline). */
	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private final DecisionTrail trail = mock(DecisionTrail.class);

	private final AnswersAtCommit answers = new AnswersAtCommit(trail, json);

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/decisions");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final CompletableFuture<DecisionAnswer> answer = new CompletableFuture<>();

	@BeforeEach
	void startAnswering() {
		request.setAsyncSupported(true);
		given(trail.commitTimeout()).willReturn(Duration.ofSeconds(5));
		answers.answerAtCommit(answer, request, response);
	}

	@Test
	void aCommittedDecisionIsAnsweredWithItsBytesByTheThreadThatCommitsIt() throws Exception {
		assertThat(request.isAsyncStarted()).as("nothing answered before the commit").isTrue();
		assertThat(request.getAsyncContext().getTimeout()).isEqualTo(5000);

		CompletableFuture.runAsync(() -> answer.complete(new DecisionAnswer("{\"decisionId\":\"d-1\"}".getBytes(
				StandardCharsets.UTF_8)))).get(5, TimeUnit.SECONDS);

		assertThat(request.isAsyncStarted()).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/json");
		assertThat(response.getContentAsString()).isEqualTo("{\"decisionId\":\"d-1\"}");
	}

	@Test
	void aFailedCommitIsAnsweredWithItsProblemAndHeaders() throws Exception {
		ErrorResponseException notStored = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
		notStored.setDetail("The decision trail could not store the decision; retry");
		notStored.getHeaders().set("Retry-After", "1");

		answer.completeExceptionally(notStored);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentAsString()).isEqualTo("{\"detail\":\"The decision trail could not store the "
				+ "decision; retry\",\"instance\":\"/v1/decisions\",\"status\":503,\"title\":\"Service Unavailable\"}");
		assertThat(request.isAsyncStarted()).isFalse();
	}

	@Test
	void anUnexpectedFailureIsAnswered500WithoutItsDetails() throws Exception {
		answer.completeExceptionally(new IllegalStateException("a secret the caller must not see"));

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).doesNotContain("secret")
			.contains("The service failed unexpectedly; the failure was logged");
	}

	@Test
	void aTimeoutIsAnsweredThroughTheFutureSoTheLockIsReleasedAsByACommit() throws Exception {
		willAnswer(call -> answer.completeExceptionally(new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE)))
			.given(trail).timeOut(answer);

		for (AsyncListener listener : ((MockAsyncContext) request.getAsyncContext()).getListeners()) {
			listener.onTimeout(new AsyncEvent(request.getAsyncContext()));
		}

		assertThat(answer).isCompletedExceptionally();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void aRequestWhoseConnectionFailedIsNotWrittenTo() throws Exception {
		MockAsyncContext async = (MockAsyncContext) request.getAsyncContext();
		for (AsyncListener listener : async.getListeners()) {
			listener.onError(new AsyncEvent(async));
		}

		answer.complete(new DecisionAnswer("{}".getBytes(StandardCharsets.UTF_8)));

		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(request.isAsyncStarted()).as("the container ends it, not the writer").isTrue();
	}

}
