package com.offertiming.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trail's search index (migration V9): for each term ({@link TrailTerms}) and block of {@value #SIZE} consecutive
 * decisions of the chain, one {@code term_block} row whose mask has bit {@code seq % 63} set for each decision of the
 * block indexed under the term, with the earliest and latest decision time among them. A batch's marks are gathered
 * here and stored as one row per term and block: a row per term and decision was two thirds of the trail's single
 * writer's work.
 */
final class TermBlocks {

	/** Decisions a block holds: the bits of a BIGINT that keep it positive in both stores. */
	static final int SIZE = 63;

	/** Adds a batch's row to the one stored for its term and block, if any: masks are ORed, time bounds widened. */
	static final String UPSERT = "INSERT INTO term_block (term_id, block, mask, first_decided_at, last_decided_at) "
			+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT (term_id, block) DO UPDATE SET "
			+ "mask = term_block.mask | excluded.mask, "
			+ "first_decided_at = CASE WHEN excluded.first_decided_at < term_block.first_decided_at "
			+ "THEN excluded.first_decided_at ELSE term_block.first_decided_at END, "
			+ "last_decided_at = CASE WHEN excluded.last_decided_at > term_block.last_decided_at "
			+ "THEN excluded.last_decided_at ELSE term_block.last_decided_at END";

	/** Joins each row of {@code term_block b} to its set bits, {@code trail_bit n}: one row per decision marked. */
	static final String EACH_MARK = "JOIN trail_bit n ON ((b.mask >> n.bit) & 1) = 1";

	/** The seq of the decision a mark of {@link #EACH_MARK} stands for. */
	static final String MARKED_SEQ = "b.block * " + SIZE + " + n.bit";

	/**
	 * Retention, by ranges of the key (each term's blocks), so that no index by block is needed: the blocks wholly
	 * purged, then the purged bits of the block the boundary falls in, then that block's rows left empty.
	 */
	static final String PURGE_BLOCKS = "DELETE FROM term_block WHERE term_id IN (SELECT id FROM trail_term) "
			+ "AND block < :block";

	static final String PURGE_BITS = "UPDATE term_block SET mask = mask & :kept WHERE term_id IN "
			+ "(SELECT id FROM trail_term) AND block = :block";

	static final String PURGE_EMPTY = "DELETE FROM term_block WHERE term_id IN (SELECT id FROM trail_term) "
			+ "AND block = :block AND mask = 0";

	private record Key(long term, long block) {
	}

	/** In key order, so that a batch's upserts walk the index once. Values: mask, first and last decision time. */
	private final Map<Key, long[]> rows = new TreeMap<>(
			Comparator.comparingLong(Key::term).thenComparingLong(Key::block));

	/** Marks the decision at {@code seq}, decided at {@code decidedAt}, under the term numbered {@code term}. */
	void mark(long term, long seq, long decidedAt) {
		long[] row = rows.computeIfAbsent(new Key(term, seq / SIZE), key -> new long[] { 0, decidedAt, decidedAt });
		row[0] |= 1L << (seq % SIZE);
		row[1] = Math.min(row[1], decidedAt);
		row[2] = Math.max(row[2], decidedAt);
	}

	/** The parameters of {@link #UPSERT} for each term and block marked. */
	List<Object[]> upserts() {
		List<Object[]> upserts = new ArrayList<>(rows.size());
		rows.forEach((key, row) -> upserts.add(new Object[] { key.term(), key.block(), row[0], row[1], row[2] }));
		return upserts;
	}

	/** Removes the marks of every decision up to seq {@code boundary}, inside the caller's transaction. */
	static void purgeUpTo(long boundary, JdbcClient jdbc) {
		long firstKept = boundary + 1;
		long block = firstKept / SIZE;
		jdbc.sql(PURGE_BLOCKS).param("block", block).update();
		int purgedBits = (int) (firstKept % SIZE);
		if (purgedBits > 0) {
			jdbc.sql(PURGE_BITS).param("kept", Long.MAX_VALUE & -(1L << purgedBits)).param("block", block).update();
			jdbc.sql(PURGE_EMPTY).param("block", block).update();
		}
	}

}
