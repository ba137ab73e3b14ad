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
 * fails forgets the tail, which is then read back.
 */
final class IndexTail {

	private TermSpans marks = new TermSpans();

	/** The last seq the marks are complete up to, from the watermark on; -1 when not known. */
	private long through = -1;

	/** The first seq the tail has no marks for, given the watermark. */
	long firstUnmarked(long indexedThrough) {
		if (through < indexedThrough) {
			marks = new TermSpans();
			through = indexedThrough;
		}
		return through + 1;
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
