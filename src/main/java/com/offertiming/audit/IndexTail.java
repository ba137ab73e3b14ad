package com.offertiming.audit;

import java.util.List;

/**
 * The marks of the decisions after the search index's watermark ({@code chain_head.indexed_through}), which this
 * replica holds until they are stored: when the chain enters a new span, or before a search by term, the report or a
 * purge. Storing a batch's marks with each commit was a quarter to a third of the trail writer's work, since the
 * rows of a span are rewritten by every batch that marks it; held here, they are written about once a span.
 * <p>
 * Only touched under the chain lock. The marks from the watermark up to {@link #through} are complete: a replica
 * behind the head (another replica wrote, or this one restarted) reads the decisions it lacks back from the store
 * first, and marks another replica stored meanwhile are dropped (all of them: it stored the whole tail). A write that
 * fails forgets the tail, which is then read back. Replicas that write in turn store their marks with every commit
 * ({@link #shared}), as every commit did before the tail: reading each other's decisions back costs more than the
 * upserts.
 */
final class IndexTail {

	private TermSpans marks = new TermSpans();

	/** The last seq the marks are complete up to, from the watermark on; -1 when not known. */
	private long through = -1;

	private boolean shared;

	/**
	 * The first seq the tail has no marks for, given the watermark and the head. Until the next call, {@link #shared}
	 * tells whether anything was written to the chain or the index since this replica's last write.
	 */
	long firstUnmarked(long indexedThrough, long head) {
		shared = through < indexedThrough;
		if (shared) {
			marks = new TermSpans();
			through = indexedThrough;
		}
		shared |= through < head;
		return through + 1;
	}

	/**
	 * Another replica (or this one before a restart) wrote to the chain, or stored the index, since this one last
	 * wrote: store the tail now.
	 */
	boolean shared() {
		return shared;
	}

	void mark(long term, long seq, long decidedAt) {
		marks.mark(term, seq, decidedAt);
	}

	/** Every decision up to {@code seq} is now marked. */
	void markedThrough(long seq) {
		through = Math.max(through, seq);
	}

	/** The rows to store for the marks held, which are then no longer held. */
	List<Object[]> take() {
		List<Object[]> rows = marks.upserts();
		marks = new TermSpans();
		return rows;
	}

	void forget() {
		marks = new TermSpans();
		through = -1;
	}

	/** Whether a head at {@code seq} has entered a span past the watermark's. */
	static boolean spanEnded(long indexedThrough, long seq) {
		return seq / TermSpans.SIZE > indexedThrough / TermSpans.SIZE;
	}

}
