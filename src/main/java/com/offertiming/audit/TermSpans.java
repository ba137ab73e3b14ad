package com.offertiming.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trail's search index (migration V10): for each term ({@link TrailTerms}) and span of {@value #SIZE} consecutive
 * decisions of the chain, one {@code term_span} row of {@value #MASKS} masks, mask {@code k} having bit {@code b} set
 * when the decision at seq {@code span * 504 + k * 63 + b} is indexed under the term, with the earliest and latest
 * decision time among them. The marks of the index's tail ({@link IndexTail}) are gathered here and stored as one
 * row per term and span. A span is eight blocks of 63 (one row a block until V10) because the key
 * {@code (term_id, span)} gets a new entry for every term at the start of each span, each at the end of its term's
 * part of the index, so each on a page of its own: with a row a block those entries were a third of the pages the
 * trail's writer wrote.
 */
final class TermSpans {

	/** The bits of a BIGINT that keep it positive in both stores. */
	static final int BITS = 63;

	/** Masks a row holds. */
	static final int MASKS = 8;

	/** Decisions a span holds. */
	static final int SIZE = BITS * MASKS;

	/** Adds a batch's row to the one stored for its term and span, if any: masks are ORed, time bounds widened. */
	static final String UPSERT = "INSERT INTO term_span (term_id, span, " + masks(k -> "mask" + k)
			+ ", first_decided_at, last_decided_at) VALUES (?, ?, " + masks(k -> "?") + ", ?, ?) "
			+ "ON CONFLICT (term_id, span) DO UPDATE SET "
			+ masks(k -> "mask" + k + " = term_span.mask" + k + " | excluded.mask" + k) + ", "
			+ "first_decided_at = CASE WHEN excluded.first_decided_at < term_span.first_decided_at "
			+ "THEN excluded.first_decided_at ELSE term_span.first_decided_at END, "
			+ "last_decided_at = CASE WHEN excluded.last_decided_at > term_span.last_decided_at "
			+ "THEN excluded.last_decided_at ELSE term_span.last_decided_at END";

	/**
	 * Joins each row of {@code term_span s} to its set bits, {@code trail_bit n} (0 to 503, the place of a decision in
	 * its span): one row per decision marked.
	 */
	static final String EACH_MARK = "JOIN trail_bit n ON ((CASE n.bit / " + BITS + " "
			+ masks(k -> "WHEN " + k + " THEN s.mask" + k, " ") + " END >> (n.bit % " + BITS + ")) & 1) = 1";

	/** The seq of the decision a mark of {@link #EACH_MARK} stands for. */
	static final String MARKED_SEQ = "s.span * " + SIZE + " + n.bit";

	/**
	 * Retention, by ranges of the key (each term's spans), so that no index by span is needed: the spans wholly
	 * purged, then the purged bits of the span the boundary falls in, then that span's rows left empty.
	 */
	static final String PURGE_SPANS = "DELETE FROM term_span WHERE term_id IN (SELECT id FROM trail_term) "
			+ "AND span < :span";

	static final String PURGE_BITS = "UPDATE term_span SET " + masks(k -> "mask" + k + " = mask" + k + " & :kept" + k)
			+ " WHERE term_id IN (SELECT id FROM trail_term) AND span = :span";

	static final String PURGE_EMPTY = "DELETE FROM term_span WHERE term_id IN (SELECT id FROM trail_term) "
			+ "AND span = :span AND " + masks(k -> "mask" + k + " = 0", " AND ");

	private record Key(long term, long span) {
	}

	/** Where a row's time bounds sit, after its masks. */
	private static final int FIRST = MASKS;

	private static final int LAST = MASKS + 1;

	/** In key order, so that a batch's upserts walk the index once. Values: the masks, then the time bounds. */
	private final Map<Key, long[]> rows = new TreeMap<>(
			Comparator.comparingLong(Key::term).thenComparingLong(Key::span));

	/** Marks the decision at {@code seq}, decided at {@code decidedAt}, under the term numbered {@code term}. */
	void mark(long term, long seq, long decidedAt) {
		long[] row = rows.computeIfAbsent(new Key(term, seq / SIZE), key -> {
			long[] fresh = new long[LAST + 1];
			fresh[FIRST] = decidedAt;
			fresh[LAST] = decidedAt;
			return fresh;
		});
		int place = (int) (seq % SIZE);
		row[place / BITS] |= 1L << (place % BITS);
		row[FIRST] = Math.min(row[FIRST], decidedAt);
		row[LAST] = Math.max(row[LAST], decidedAt);
	}

	/** The parameters of {@link #UPSERT} for each term and span marked. */
	List<Object[]> upserts() {
		List<Object[]> upserts = new ArrayList<>(rows.size());
		rows.forEach((key, row) -> {
			Object[] params = new Object[row.length + 2];
			params[0] = key.term();
			params[1] = key.span();
			for (int i = 0; i < row.length; i++) {
				params[i + 2] = row[i];
			}
			upserts.add(params);
		});
		return upserts;
	}

	/** Removes the marks of every decision up to seq {@code boundary}, inside the caller's transaction. */
	static void purgeUpTo(long boundary, JdbcClient jdbc) {
		long firstKept = boundary + 1;
		long span = firstKept / SIZE;
		jdbc.sql(PURGE_SPANS).param("span", span).update();
		int purged = (int) (firstKept % SIZE);
		if (purged > 0) {
			JdbcClient.StatementSpec clear = jdbc.sql(PURGE_BITS).param("span", span);
			for (int k = 0; k < MASKS; k++) {
				clear = clear.param("kept" + k, kept(k, purged));
			}
			clear.update();
			jdbc.sql(PURGE_EMPTY).param("span", span).update();
		}
	}

	/** The bits of mask {@code k} kept when the first {@code purged} decisions of its span are purged. */
	static long kept(int k, int purged) {
		int firstKept = purged - k * BITS;
		if (firstKept <= 0) {
			return Long.MAX_VALUE;
		}
		return firstKept >= BITS ? 0 : Long.MAX_VALUE & -(1L << firstKept);
	}

	private static String masks(IntFunction<String> each) {
		return masks(each, ", ");
	}

	/** SQL for each mask, joined. */
	private static String masks(IntFunction<String> each, String separator) {
		return IntStream.range(0, MASKS).mapToObj(each).collect(Collectors.joining(separator));
	}

}
