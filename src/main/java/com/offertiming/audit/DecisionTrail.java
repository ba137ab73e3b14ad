package com.offertiming.audit;

import java.util.Map;

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
	 * Stores the decision durably and answers its record: the entry's own, or, when its requestId is already stored
	 * (by an earlier call or a concurrent one), the one stored first.
	 */
	public DecisionRecord record(DecisionEntry entry, Facets facets) {
		return writer.write(PreparedEntry.of(entry, facets));
	}

	/** For each rule, in how many of the decisions decided in {@code [from, to)} (epoch milliseconds) it fired. */
	public Map<String, Long> rulesFiredIn(long from, long to) {
		return store.rulesFiredIn(from, to);
	}

}
