package com.offertiming.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

/**
 * Stores every decision before it is answered (a requestId already stored is answered with its decision), and counts
 * from its index the decisions each rule fired in.
 */
@Service
public class DecisionTrail {

	private final GroupCommitWriter writer;

	private final DecisionStore store;

	DecisionTrail(GroupCommitWriter writer, DecisionStore store) {
		this.writer = writer;
		this.store = store;
	}

	/**
	 * Stores the decision durably. The future completes with its record, the entry's own or, when its requestId is
	 * already stored (by an earlier call or a concurrent one), the one stored first; or fails with a problem to answer
	 * (503 when it was not stored). Whoever waits for it times it out: {@link #await} or {@link #timeOut}.
	 */
	public CompletableFuture<DecisionRecord> record(DecisionEntry entry, Facets facets) {
		return writer.submit(PreparedEntry.of(entry, facets));
	}

	/** Waits at most the commit timeout for a future that ends with a commit; on time-out fails it with a 503. */
	public <T> T await(CompletableFuture<T> committing) {
		return writer.await(committing);
	}

	/** Fails a future that did not end within the commit timeout with a 503, unless it has already completed. */
	public void timeOut(CompletableFuture<?> committing) {
		writer.timeOut(committing);
	}

	/** How long a decision may wait for its commit before it is answered 503. */
	public Duration commitTimeout() {
		return writer.commitTimeout();
	}

	/** For each rule, in how many of the decisions decided in {@code [from, to)} (epoch milliseconds) it fired. */
	public Map<String, Long> rulesFiredIn(long from, long to) {
		return store.rulesFiredIn(from, to);
	}

}
