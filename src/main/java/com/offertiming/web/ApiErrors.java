package com.offertiming.web;

import java.util.List;
import java.util.Map;

import com.offertiming.ruleset.RulesRanAway;
import com.offertiming.ruleset.RulesetDidNotCompile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}). Bad input names the offending field in
 * {@code errors[].field}, a JSON path such as {@code customer.nps} or {@code holdings[0].usage.used}.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	/** The field name for problems with the body as a whole: the JSON root. */
	static final String BODY = "$";

	record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.sorted(java.util.Comparator.comparing(FieldProblem::field))
			.toList();
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge tooLarge) {
				return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), null);
			}
			if (cause instanceof MismatchedInputException mismatch) {
				return badRequest(List.of(new FieldProblem(path(mismatch.getPath()), readable(mismatch))));
			}
			if (cause instanceof JacksonException json) {
				String where = json.getLocation() == null ? ""
						: " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
								+ ")";
				return badRequest(List.of(new FieldProblem(path(json.getPath()), "is not valid JSON" + where)));
			}
		}
		return badRequest(List.of(new FieldProblem(BODY, "is required: a JSON body")));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than allowed (a file at most "
				+ "spring.servlet.multipart.max-file-size, the request at most max-request-size)", null);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalidInput(InvalidInput ex) {
		return badRequest(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(RulesetDidNotCompile.class)
	ResponseEntity<Object> rulesetDidNotCompile(RulesetDidNotCompile ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The rule files have errors; nothing was activated",
				Map.of("problems", ex.problems()));
	}

	/** A rule loops: the decision was stopped, and the rule is named so an analyst can fix it. Not the caller's fault. */
	@ExceptionHandler(RulesRanAway.class)
	ResponseEntity<Object> rulesRanAway(RulesRanAway ex) {
		log.error("A decision was stopped: {}", ex.getMessage());
		Map<String, Object> properties = new java.util.LinkedHashMap<>();
		properties.put("rule", ex.rule());
		if (ex.source() != null) {
			properties.put("source", ex.source());
		}
		properties.put("ruleFirings", ex.ruleFirings());
		properties.put("lastRule", ex.lastRule());
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ex.getMessage(), properties);
	}

	/** The database cannot be reached or is busy for now: a caller may retry, so this is no server fault (500). */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ResponseEntity<Object> storeUnavailable(DataAccessException ex) {
		log.warn("The store is unavailable", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The store is unavailable; retry");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed unexpectedly; the failure was logged",
				null);
	}

	private static ResponseEntity<Object> badRequest(List<FieldProblem> errors) {
		String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
			.orElse("The request is invalid");
		return problem(HttpStatus.BAD_REQUEST, detail, Map.of("errors", errors));
	}

	static ResponseEntity<Object> problem(HttpStatus status, String detail, Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (properties != null) {
			properties.forEach(problem::setProperty);
		}
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static String path(List<JacksonException.Reference> references) {
		return InputProblems.path(references);
	}

	private static String readable(MismatchedInputException mismatch) {
		return InputProblems.readable(mismatch);
	}

}
