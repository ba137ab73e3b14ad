package com.offertiming.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Group commit: callers hand their decision to one writer thread through a bounded queue and are answered at its
 * commit, through a future completed after it (so a caller need not park a thread for it). A second thread completes
 * each commit's futures, so that the answers written from them, and the request threads they wake, do not hold up the
 * next commit.
 * The writer takes whatever is waiting (up to the batch size) and stores it in one transaction, so decisions that
 * arrive together share one durable commit instead of paying for one each. The metrics {@code offers.trail.batch}
 * (decisions per commit) and {@code offers.trail.commit} (the time to store a batch) show how well they share it.
 */
@Component
class GroupCommitWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

	private record Pending(PreparedEntry entry, CompletableFuture<DecisionRecord> committed) {
	}

	private final DecisionStore store;

	private final Clock clock;

	private final int batchSize;

	private final Duration commitTimeout;

	private volatile Instant lastFailure;

	private final BlockingQueue<Pending> queue;

	private final Thread writer;

	/**
	 * Completes each commit's futures in commit order. On the writer's own thread the answers written from them took
	 * its core while decisions waited for the next commit: with this thread, stored decisions 2.7 % more a second over
	 * eight alternating pairs, all of it on a slow stretch (docs/performance-log.md, thirty-first session).
	 */
	private final ExecutorService answers = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "decision-trail-answers");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean open = true;

	private final DistributionSummary batchSizes;

	private final Timer commits;

	GroupCommitWriter(DecisionStore store, AuditProperties properties, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.clock = clock;
		this.batchSizes = DistributionSummary.builder("offers.trail.batch")
			.description("Decisions stored by one commit of the trail")
			.baseUnit("decisions")
			.register(meters);
		this.commits = Timer.builder("offers.trail.commit")
			.description("Time the trail's writer took to store one batch")
			.register(meters);
		this.batchSize = properties.batchSize();
		this.commitTimeout = properties.commitTimeout();
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
		this.writer = new Thread(this::writeBatches, "decision-trail-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Hands the entry to the writer. The future completes with its record once committed, or fails with
	 * {@link DecisionNotRecorded} (or {@link StoredTraceUnreadable} for a retry of a damaged record); it has no timeout
	 * of its own: whoever waits for it times it out ({@link #timeOut}).
	 */
	CompletableFuture<DecisionRecord> submit(PreparedEntry entry) {
		Pending pending = new Pending(entry, new CompletableFuture<>());
		if (!open || !queue.offer(pending)) {
			return CompletableFuture.failedFuture(
					new DecisionNotRecorded("The decision trail has more decisions waiting than it holds; retry", null));
		}
		return pending.committed();
	}

	/** Waits at most the commit timeout for a future that ends with a commit; on time-out fails it with a 503. */
	<T> T await(CompletableFuture<T> committing) {
		try {
			return committing.get(commitTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			timeOut(committing);
			// Now done: read how it ended, the 503 or a commit that completed it first.
			return await(committing);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure
					: new DecisionNotRecorded("The decision trail could not store the decision; retry", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			DecisionNotRecorded interrupted = new DecisionNotRecorded(
					"Interrupted while the decision was being stored; retry", ex);
			committing.completeExceptionally(interrupted);
			throw interrupted;
		}
	}

	/**
	 * Fails a future that did not commit within the commit timeout with a 503 (unless it completed meanwhile). The
	 * record may still be stored: a retry with the same requestId is answered with it.
	 */
	void timeOut(CompletableFuture<?> committing) {
		committing.completeExceptionally(
				new DecisionNotRecorded("The decision trail did not commit within " + commitTimeout + "; retry", null));
	}

	Duration commitTimeout() {
		return commitTimeout;
	}

	private void writeBatches() {
		List<Pending> batch = new ArrayList<>(batchSize);
		while (open || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, batchSize - 1);
				commit(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * The trail takes writes: no commit failed in the last {@code quiet} period, or, after one did, a harmless write
	 * goes through now. A failure is reported for the quiet period even if a probe passes, since a probe can pass on
	 * a connection that still writes while the store refuses others.
	 */
	boolean takesWrites(Duration quiet) {
		Instant failed = lastFailure;
		if (failed == null) {
			return true;
		}
		if (clock.instant().isBefore(failed.plus(quiet))) {
			return false;
		}
		try {
			store.probeWrite();
			lastFailure = null;
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private void commit(List<Pending> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			Timer.Sample started = Timer.start();
			List<DecisionRecord> records = store.append(batch.stream().map(Pending::entry).toList(), clock.instant());
			started.stop(commits);
			batchSizes.record(batch.size());
			lastFailure = null;
			List<Pending> committed = List.copyOf(batch);
			answers.execute(() -> {
				for (int i = 0; i < committed.size(); i++) {
					committed.get(i).committed().complete(records.get(i));
				}
			});
		}
		catch (StoredTraceUnreadable unreadable) {
			// A retry of a decision whose stored trace was damaged: it alone is answered so, the rest stored anyway.
			List<Pending> rest = new ArrayList<>(batch.size());
			for (Pending pending : batch) {
				String requestId = pending.entry().entry().requestId();
				if (requestId != null && requestId.equals(unreadable.requestId())) {
					pending.committed().completeExceptionally(unreadable);
				}
				else {
					rest.add(pending);
				}
			}
			if (rest.size() < batch.size()) {
				commit(rest);
			}
			else {
				fail(batch, unreadable);
			}
		}
		catch (RuntimeException ex) {
			fail(batch, ex);
		}
	}

	private void fail(List<Pending> batch, RuntimeException ex) {
		lastFailure = clock.instant();
		log.warn("A batch of {} decisions was not stored; each is answered 503", batch.size(), ex);
		RuntimeException answered = ex instanceof StoredTraceUnreadable ? ex
				: new DecisionNotRecorded("The decision trail could not store the decision; retry", ex);
		batch.forEach(pending -> pending.committed().completeExceptionally(answered));
	}

	/** Stops taking decisions and commits those already waiting before the application stops. */
	@Override
	public void destroy() throws InterruptedException {
		open = false;
		writer.join(commitTimeout.toMillis());
		// A writer still in a commit hands its batch over later: the answers' thread (a daemon) stays for it.
		if (!writer.isAlive()) {
			answers.shutdown();
			answers.awaitTermination(commitTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

}
