package com.offertiming.audit;

import org.springframework.stereotype.Service;

/** Stores every decision before it is answered; a requestId already stored is answered with its decision. */
@Service
public class DecisionTrail {

	private final GroupCommitWriter writer;

	DecisionTrail(GroupCommitWriter writer) {
		this.writer = writer;
	}

	/**
	 * Stores the decision durably and answers its record: the entry's own, or, when its requestId is already stored
	 * (by an earlier call or a concurrent one), the one stored first.
	 */
	public DecisionRecord record(DecisionEntry entry, Facets facets) {
		return writer.write(PreparedEntry.of(entry, facets));
	}

}
