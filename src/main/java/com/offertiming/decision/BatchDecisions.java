package com.offertiming.decision;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.offertiming.web.InputProblems;
import com.offertiming.web.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A campaign list decided entry by entry: each entry goes through the same decide path as a single request (stored,
 * idempotent by requestId, throttled), independently of the others. Answers one line per entry, in the entries'
 * order: the decision, or a problem object naming the entry's index and field. A few entries are decided at once,
 * so that their records share the trail's commits.
 */
@Service
class BatchDecisions implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchDecisions.class);

	static final int MAX_ENTRIES = 10_000;

	/** Entries decided at once per batch. */
	private static final int IN_FLIGHT = 16;

	private final DecisionService decisions;

	private final Validator validator;

	private final JsonMapper json;

	private final ExecutorService workers;

	BatchDecisions(DecisionService decisions, Validator validator, JsonMapper json) {
		this.decisions = decisions;
		this.validator = validator;
		this.json = json;
		AtomicInteger count = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
			Thread thread = new Thread(runnable, "batch-decisions-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Writes one NDJSON line per entry, in order, flushing as lines are ready. */
	void decide(ArrayNode entries, OutputStream out) throws IOException {
		Deque<Future<byte[]>> pending = new ArrayDeque<>();
		for (int i = 0; i < entries.size(); i++) {
			int index = i;
			JsonNode entry = entries.get(i);
			pending.add(workers.submit(() -> line(index, entry)));
			if (pending.size() >= IN_FLIGHT) {
				write(pending.poll(), out);
			}
		}
		while (!pending.isEmpty()) {
			write(pending.poll(), out);
		}
		out.flush();
	}

	private void write(Future<byte[]> line, OutputStream out) throws IOException {
		try {
			out.write(line.get());
			out.write('\n');
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while deciding a batch", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("A batch entry failed unexpectedly", ex.getCause());
		}
		out.flush();
	}

	private byte[] line(int index, JsonNode entry) {
		try {
			if (entry == null || !entry.isObject()) {
				return problem(index, HttpStatus.BAD_REQUEST, "$", "must be a decision request (a JSON object)");
			}
			DecisionRequest request = json.treeToValue(entry, DecisionRequest.class);
			Set<ConstraintViolation<DecisionRequest>> violations = validator.validate(request);
			if (!violations.isEmpty()) {
				ConstraintViolation<DecisionRequest> first = violations.stream()
					.min(Comparator.comparing(v -> field(v)))
					.orElseThrow();
				return problem(index, HttpStatus.BAD_REQUEST, field(first), first.getMessage());
			}
			return decisions.decideAndWait(request).json();
		}
		catch (JacksonException ex) {
			return problem(index, HttpStatus.BAD_REQUEST, InputProblems.field(ex), InputProblems.message(ex));
		}
		catch (InvalidInput ex) {
			return problem(index, HttpStatus.BAD_REQUEST, ex.field(), ex.getMessage().substring(ex.field().length() + 1));
		}
		catch (RuntimeException ex) {
			if (ex instanceof ErrorResponse error) {
				HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
				return problem(index, status, null, error.getBody().getDetail());
			}
			log.error("Batch entry {} failed unexpectedly", index, ex);
			return problem(index, HttpStatus.INTERNAL_SERVER_ERROR, null,
					"The entry failed unexpectedly; the failure was logged");
		}
	}

	private static String field(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
	}

	private byte[] problem(int index, HttpStatus status, String field, String message) {
		ObjectNode problem = json.createObjectNode();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", field == null ? message : field + ": " + message);
		problem.put("index", index);
		if (field != null) {
			ArrayNode errors = problem.putArray("errors");
			errors.addObject().put("field", field).put("message", message);
		}
		return json.writeValueAsBytes(problem);
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}


}
