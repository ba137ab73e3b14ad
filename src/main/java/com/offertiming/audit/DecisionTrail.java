package com.offertiming.audit;

import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/** Stores every decision before it is answered, and finds the decision already made for a requestId. */
@Service
public class DecisionTrail {

	private final DecisionStore store;

	private final GroupCommitWriter writer;

	DecisionTrail(DecisionStore store, GroupCommitWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	/** The decision stored for this requestId, if any; none for a request without one. */
	public Optional<DecisionRecord> recordedFor(String requestId) {
		if (requestId == null) {
			return Optional.empty();
		}
		try {
			return store.byRequestId(requestId);
		}
		catch (DataAccessException ex) {
			throw new DecisionNotRecorded("The decision trail cannot be read; retry", ex);
		}
	}

	/**
	 * Stores the decision durably and answers its record: the entry's own, or, when its requestId was stored
	 * meanwhile by a concurrent request, the one stored first.
	 */
	public DecisionRecord record(DecisionEntry entry, Facets facets) {
		return writer.write(PreparedEntry.of(entry, facets));
	}

}
