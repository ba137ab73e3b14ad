package com.offertiming.decision;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.offertiming.web.InvalidInput;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

@RestController
@RequestMapping("/v1/decisions")
class DecisionController {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final DecisionService decisions;

	private final BatchDecisions batch;

	private final AnswersAtCommit answers;

	DecisionController(DecisionService decisions, BatchDecisions batch, AnswersAtCommit answers) {
		this.decisions = decisions;
		this.batch = batch;
		this.answers = answers;
	}

	/**
	 * The answer is written by the service, as bytes: a stored decision's are also its trail entry's. A decision
	 * answered at once (a dry run, or one refused before it was handed to the trail) is answered here; a stored one by
	 * the thread that commits it.
	 */
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = "The decision",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DecisionResponse.class)))
	ResponseEntity<byte[]> decide(@Valid @RequestBody DecisionRequest request, HttpServletRequest http,
			HttpServletResponse response) {
		CompletableFuture<DecisionAnswer> answer = decisions.decide(request);
		if (!answer.isDone()) {
			answers.answerAtCommit(answer, http, response);
			return null;
		}
		try {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.join().json());
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : ex;
		}
	}

	/**
	 * A campaign list: a JSON array of up to 10,000 decision requests, answered as NDJSON, one line per entry in the
	 * entries' order (the decision, or a problem with the entry's {@code index} and field).
	 */
	@PostMapping("/batch")
	ResponseEntity<StreamingResponseBody> batch(@RequestBody JsonNode entries) {
		if (!(entries instanceof ArrayNode array)) {
			throw new InvalidInput("$", "must be a JSON array of decision requests");
		}
		if (array.size() > BatchDecisions.MAX_ENTRIES) {
			throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE,
					ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "A batch holds at most "
							+ BatchDecisions.MAX_ENTRIES + " requests; this one holds " + array.size()),
					null);
		}
		return ResponseEntity.ok().contentType(NDJSON).body(out -> batch.decide(array, out));
	}

}
