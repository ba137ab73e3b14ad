package com.offertiming.audit;

import com.offertiming.web.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Service;

/**
 * Checks the hash chain, whole or over a range of recording time, and names the first record that does not match:
 * edited (its content no longer has its hash), deleted (a gap in the sequence), or relinked (it does not point back
 * to the record before it).
 */
@Service
class ChainVerification {

	enum Problem {
		EDITED, DELETED, RELINKED
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Finding(long seq, String decisionId, Problem problem, String detail) {
	}

	/** {@code purgedBefore}: when retention purged records, the chain is checked from the first one it kept. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Report(boolean valid, long checked, Long firstSeq, Long lastSeq, Instant purgedBefore,
			Finding firstMismatch) {
	}

	private final DecisionStore store;

	ChainVerification(DecisionStore store) {
		this.store = store;
	}

	Report verify(TimeRange range) {
		DecisionStore.ChainHead head = store.chainHead();
		long first = range.from() == null ? head.anchorSeq()
				: store.firstSeqRecordedFrom(range.from()).orElse(Long.MAX_VALUE);
		long last = range.to() == null ? head.headSeq() : store.lastSeqRecordedBefore(range.to()).orElse(0L);
		if (first > last) {
			return new Report(true, 0, null, null, head.purgedBefore(), null);
		}
		Walk walk = new Walk(first, first == head.anchorSeq() ? head.anchorHash() : store.hashAt(first - 1)
			.orElse(null));
		if (walk.expectedPrevHash == null) {
			walk.finding = new Finding(first - 1, null, Problem.DELETED, "record " + (first - 1) + " is missing");
		}
		else {
			walk(walk, last);
		}
		if (walk.finding == null && walk.expectedSeq <= last) {
			walk.finding = new Finding(walk.expectedSeq, null, Problem.DELETED,
					"records " + walk.expectedSeq + " to " + last + " are missing from the end of the chain");
		}
		if (walk.finding == null && last == head.headSeq() && !walk.expectedPrevHash.equals(head.headHash())) {
			walk.finding = new Finding(last, null, Problem.EDITED, "the last record's hash is not the chain head's");
		}
		return new Report(walk.finding == null, walk.checked, first, last, head.purgedBefore(), walk.finding);
	}

	private void walk(Walk walk, long last) {
		try {
			store.forEachInChain(walk.expectedSeq, last, walk::check);
		}
		catch (StoredTraceUnreadable unreadable) {
			if (walk.finding == null) {
				// Its page failed as a whole: check the records before it, then name it if nothing came first.
				store.forEachInChain(walk.expectedSeq, unreadable.seq() - 1, walk::check);
				walk.unreadable(unreadable);
			}
		}
	}

	/** The state of one pass along the chain: the seq and hash the next record must have. */
	private static final class Walk {

		long expectedSeq;

		String expectedPrevHash;

		long checked;

		Finding finding;

		Walk(long expectedSeq, String expectedPrevHash) {
			this.expectedSeq = expectedSeq;
			this.expectedPrevHash = expectedPrevHash;
		}

		void check(List<DecisionRecord> page) {
			for (DecisionRecord record : page) {
				if (finding != null) {
					return;
				}
				finding = mismatch(record).orElse(null);
				checked++;
				expectedSeq = record.seq() + 1;
				expectedPrevHash = record.hash();
			}
		}

		void unreadable(StoredTraceUnreadable unreadable) {
			if (finding == null) {
				finding = gap(unreadable.seq(), unreadable.decisionId()).orElseGet(() -> new Finding(unreadable.seq(),
						unreadable.decisionId(), Problem.EDITED, "the record's stored trace cannot be decompressed"));
				checked++;
			}
		}

		private Optional<Finding> gap(long seq, String id) {
			if (seq == expectedSeq) {
				return Optional.empty();
			}
			return Optional.of(new Finding(expectedSeq, null, Problem.DELETED, "record " + expectedSeq
					+ (seq - expectedSeq > 1 ? " to " + (seq - 1) + " are" : " is") + " missing: record " + seq + " ("
					+ id + ") follows record " + (expectedSeq - 1)));
		}

		private Optional<Finding> mismatch(DecisionRecord record) {
			String id = record.entry().decisionId();
			Optional<Finding> gap = gap(record.seq(), id);
			if (gap.isPresent()) {
				return gap;
			}
			if (!ChainHash.matches(record)) {
				return Optional.of(new Finding(record.seq(), id, Problem.EDITED,
						"the record's content does not match its hash"));
			}
			if (!record.prevHash().equals(expectedPrevHash)) {
				return Optional.of(new Finding(record.seq(), id, Problem.RELINKED,
						"the record does not point back to the hash of record " + (record.seq() - 1)));
			}
			return Optional.empty();
		}

	}

}
