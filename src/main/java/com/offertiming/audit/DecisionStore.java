package com.offertiming.audit;

import com.offertiming.audit.TrailTerms.Kind;
import com.offertiming.audit.TrailTerms.Term;
import com.offertiming.store.PreparedPerConnection;
import com.offertiming.store.SqliteStore;
import com.offertiming.web.TimeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail's tables, the same SQL on SQLite and PostgreSQL. Every write takes the chain lock first (an update of the
 * one {@code chain_head} row), so records from several replicas get one total order: PostgreSQL holds the row lock
 * and SQLite its single write lock until commit.
 */
@Repository
class DecisionStore {

	/** How many records a range read holds at once: reads of any length use constant memory. */
	static final int PAGE = 500;

	private static final String COLUMNS = "seq, decision_id, request_id, customer_id, ruleset_version, decided_at, "
			+ "recorded_at, request_json, profile_json, offers_json, actions_json, suppressed_json, trace_json, "
			+ "trace_lz4, prev_hash, hash";

	/**
	 * For each rule, the decisions decided in [:from, :to) that it fired in, among the spans :firstSpan to
	 * :lastSpan: a span whose decisions all lie in the range counts each of its marks; for one that reaches outside
	 * it, each marked decision's time is read.
	 */
	static final String RULES_FIRED = "SELECT t.name, COUNT(*) FROM trail_term t JOIN term_span s "
			+ "ON s.term_id = t.id " + TermSpans.EACH_MARK + " LEFT JOIN decision_record d ON d.seq = "
			+ TermSpans.MARKED_SEQ + " AND (s.first_decided_at < :from OR s.last_decided_at >= :to) "
			+ "WHERE t.kind = 'RULE' AND s.span >= :firstSpan AND s.span <= :lastSpan "
			+ "AND s.last_decided_at >= :from AND s.first_decided_at < :to "
			+ "AND ((s.first_decided_at >= :from AND s.last_decided_at < :to) "
			+ "OR (d.decided_at >= :from AND d.decided_at < :to)) GROUP BY t.name";

	private static final String SUMMARY_COLUMNS = "seq, decision_id, request_id, customer_id, ruleset_version, "
			+ "decided_at, recorded_at, offers_json, actions_json, suppressed_json";

	private static final RowMapper<DecisionRecord> RECORD = (rs, row) -> record(rs, true);

	/** As {@link #RECORD}, but a stored trace that cannot be decompressed is read as null instead of thrown. */
	private static final RowMapper<DecisionRecord> RECORD_OR_NO_TRACE = (rs, row) -> record(rs, false);

	private static final RowMapper<DecisionPage.Summary> SUMMARY = DecisionStore::summary;

	record ChainHead(long headSeq, String headHash, long anchorSeq, String anchorHash, Instant purgedBefore,
			long indexedThrough) {
	}

	record Purge(long purged, long keptFromSeq) {
	}

	/**
	 * On SQLite, the request IDs one look-up for those already stored takes, the last repeated: one statement for any
	 * batch.
	 */
	private static final int REQUEST_IDS_A_LOOKUP = 16;

	static final String BY_REQUEST_IDS = "SELECT " + COLUMNS + " FROM decision_record WHERE request_id IN ("
			+ placeholders(REQUEST_IDS_A_LOOKUP) + ")";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final DataSource dataSource;

	private final SQLExceptionTranslator translator;

	/** On SQLite the requestId look-up is one statement prepared once a connection; see {@link #storedRequestIds}. */
	private final boolean sqlite;

	// The statements of every commit, prepared once a connection: at 1,000 decisions/s a commit holds one or two
	// decisions, and compiling them again each time took a quarter of the writer's CPU (README "Performance").

	private final PreparedPerConnection lockChain = new PreparedPerConnection(
			"UPDATE chain_head SET head_seq = head_seq WHERE id = 1");

	private final PreparedPerConnection readHead = new PreparedPerConnection(
			"SELECT head_seq, head_hash, anchor_seq, anchor_hash, purged_before, indexed_through "
					+ "FROM chain_head WHERE id = 1");

	private final PreparedPerConnection advanceHead = new PreparedPerConnection(
			"UPDATE chain_head SET head_seq = ?, head_hash = ?, indexed_through = ? WHERE id = 1");

	private final PreparedPerConnection byRequestIds = new PreparedPerConnection(BY_REQUEST_IDS);

	private final PreparedPerConnection insertRecord = new PreparedPerConnection(
			"INSERT INTO decision_record (" + COLUMNS + ") VALUES (" + placeholders(COLUMNS.split(",").length) + ")");

	private final TransactionTemplate transaction;

	private final TrailTerms terms = new TrailTerms();

	/** Held around each of this replica's writes to the chain, whose transaction holds the chain lock. */
	private final ReentrantLock chainWrites = new ReentrantLock();

	private final IndexTail tail = new IndexTail();

	DecisionStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions,
			Environment environment) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.dataSource = batch.getJdbcTemplate().getDataSource();
		this.translator = batch.getJdbcTemplate().getExceptionTranslator();
		this.transaction = new TransactionTemplate(transactions);
		this.sqlite = SqliteStore.configured(environment);
	}

	/**
	 * Appends the entries to the chain in one transaction and answers, for each entry in order, its record. An entry
	 * whose requestId is already stored (or earlier in the same batch) is not stored again: its answer is the record
	 * that holds that requestId.
	 */
	List<DecisionRecord> append(List<PreparedEntry> entries, Instant recordedAt) {
		Instant at = recordedAt.truncatedTo(ChronoUnit.MILLIS);
		return underChainLock(head -> {
			Map<String, DecisionRecord> byRequestId = storedRequestIds(entries);
			List<DecisionRecord> answers = new ArrayList<>(entries.size());
			List<DecisionRecord> fresh = new ArrayList<>(entries.size());
			long seq = head.headSeq();
			String prevHash = head.headHash();
			List<PreparedEntry> stored = new ArrayList<>(entries.size());
			for (PreparedEntry prepared : entries) {
				String requestId = prepared.entry().requestId();
				DecisionRecord earlier = requestId == null ? null : byRequestId.get(requestId);
				if (earlier != null) {
					answers.add(earlier);
					continue;
				}
				DecisionRecord record = ChainHash.seal(++seq, prepared, at, prevHash);
				prevHash = record.hash();
				fresh.add(record);
				stored.add(prepared);
				answers.add(record);
				if (requestId != null) {
					byRequestId.put(requestId, record);
				}
			}
			insert(fresh, stored);
			tail.markedThrough(seq);
			long indexedThrough = head.indexedThrough();
			if (tail.shared() || IndexTail.spanEnded(indexedThrough, seq)) {
				storeTail();
				indexedThrough = seq;
			}
			Object[] newHead = { seq, prevHash, indexedThrough };
			run(advanceHead, () -> advanceHead.update(dataSource, newHead));
			return answers;
		});
	}

	/**
	 * Stores the index's tail, so that the index holds every decision up to the head: before a search by term or the
	 * report reads it.
	 */
	void indexTail() {
		ChainHead head = chainHead();
		if (head.indexedThrough() < head.headSeq()) {
			try {
				underChainLock(locked -> {
					storeTail();
					jdbc.sql("UPDATE chain_head SET indexed_through = head_seq WHERE id = 1").update();
					return null;
				});
			}
			catch (DataAccessException | TransactionException ex) {
				throw new SearchIndexBehind(ex);
			}
		}
	}

	Optional<DecisionRecord> byDecisionId(String decisionId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM decision_record WHERE decision_id = :id")
			.param("id", decisionId)
			.query(RECORD)
			.optional();
	}

	Optional<String> hashAt(long seq) {
		return jdbc.sql("SELECT hash FROM decision_record WHERE seq = :seq").param("seq", seq).query(String.class)
			.optional();
	}

	/**
	 * One page of a search, newest decision first; one more than the page size tells whether a next page exists. It
	 * reads only what a page shows: no request, profile or trace, so no trace is decompressed (or found damaged).
	 */
	List<DecisionPage.Summary> search(DecisionQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM decision_record d WHERE 1 = 1");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (query.customerId() != null) {
			sql.append(" AND d.customer_id = :customerId");
			params.addValue("customerId", query.customerId());
		}
		rangeOf("d.decided_at", query.range(), sql, params);
		if (query.rule() != null || query.offerType() != null || query.reason() != null) {
			indexTail();
		}
		term(Kind.RULE, query.rule(), query.range(), sql, params);
		term(Kind.OFFER_TYPE, query.offerType() == null ? null : query.offerType().name(), query.range(), sql, params);
		term(Kind.REASON, query.reason() == null ? null : query.reason().name(), query.range(), sql, params);
		sql.append(" ORDER BY d.decided_at DESC, d.seq DESC LIMIT :limit OFFSET :offset");
		params.addValue("limit", query.size() + 1).addValue("offset", query.offset());
		return batch.query(sql.toString(), params, SUMMARY);
	}

	/**
	 * Every record decided in the range, in order of decision time, read a page at a time: each page starts after the
	 * last one (keyset), so a range of any length is read in constant memory and without a long-open cursor. A record
	 * whose stored trace cannot be decompressed comes with a null trace, so that one damaged record does not stop an
	 * export of all the others (verify names it).
	 */
	void forEachDecidedIn(TimeRange range, Consumer<List<DecisionRecord>> pages) {
		DecisionRecord last = null;
		while (true) {
			StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM decision_record d WHERE 1 = 1");
			MapSqlParameterSource params = new MapSqlParameterSource();
			rangeOf("d.decided_at", range, sql, params);
			if (last != null) {
				sql.append(" AND (d.decided_at, d.seq) > (:lastDecidedAt, :lastSeq)");
				params.addValue("lastDecidedAt", last.entry().decidedAt().toEpochMilli()).addValue("lastSeq",
						last.seq());
			}
			sql.append(" ORDER BY d.decided_at, d.seq LIMIT :limit");
			params.addValue("limit", PAGE);
			List<DecisionRecord> page = batch.query(sql.toString(), params, RECORD_OR_NO_TRACE);
			if (page.isEmpty()) {
				return;
			}
			pages.accept(page);
			last = page.get(page.size() - 1);
		}
	}

	/** Every record from seq {@code first} to {@code last}, in chain order, read a page at a time. */
	void forEachInChain(long first, long last, Consumer<List<DecisionRecord>> pages) {
		long from = first;
		while (from <= last) {
			List<DecisionRecord> page = jdbc
				.sql("SELECT " + COLUMNS + " FROM decision_record WHERE seq >= :from AND seq <= :last ORDER BY seq "
						+ "LIMIT :limit")
				.param("from", from)
				.param("last", last)
				.param("limit", PAGE)
				.query(RECORD)
				.list();
			if (page.isEmpty()) {
				return;
			}
			pages.accept(page);
			from = page.get(page.size() - 1).seq() + 1;
		}
	}

	ChainHead chainHead() {
		List<ChainHead> heads = new ArrayList<>(1);
		run(readHead, () -> readHead.query(dataSource, new Object[0], rs -> heads.add(chainHead(rs, heads.size()))));
		return DataAccessUtils.requiredSingleResult(heads);
	}

	/** The first seq recorded at or after the instant, or empty. */
	Optional<Long> firstSeqRecordedFrom(Instant from) {
		return jdbc.sql("SELECT MIN(seq) FROM decision_record WHERE recorded_at >= :from")
			.param("from", from.toEpochMilli())
			.query(Long.class)
			.optional();
	}

	/** The last seq recorded before the instant, or empty. */
	Optional<Long> lastSeqRecordedBefore(Instant to) {
		return jdbc.sql("SELECT MAX(seq) FROM decision_record WHERE recorded_at < :to")
			.param("to", to.toEpochMilli())
			.query(Long.class)
			.optional();
	}

	/**
	 * Deletes the records of the chain's oldest part, up to the first record recorded at or after the cut-off (so a
	 * record younger than the cut-off is never deleted), and moves the anchor to the first kept record.
	 */
	Purge purgeRecordedBefore(Instant cutoff) {
		return underChainLock(head -> {
			long boundary = firstSeqRecordedFrom(cutoff).map(seq -> seq - 1).orElse(head.headSeq());
			if (boundary < head.anchorSeq()) {
				return new Purge(0, head.anchorSeq());
			}
			String anchorHash = boundary == head.headSeq() ? head.headHash()
					: hashAt(boundary).orElseGet(() -> jdbc.sql("SELECT prev_hash FROM decision_record "
							+ "WHERE seq = :seq").param("seq", boundary + 1).query(String.class).single());
			// The tail first, so that no mark of a purged decision is stored after the purge.
			storeTail();
			TermSpans.purgeUpTo(boundary, jdbc);
			int purged = jdbc.sql("DELETE FROM decision_record WHERE seq <= :boundary")
				.param("boundary", boundary)
				.update();
			jdbc.sql("UPDATE chain_head SET anchor_seq = :seq, anchor_hash = :hash, purged_before = :cutoff, "
					+ "indexed_through = head_seq WHERE id = 1")
				.param("seq", boundary + 1)
				.param("hash", anchorHash)
				.param("cutoff", cutoff.toEpochMilli())
				.update();
			return new Purge(purged, boundary + 1);
		});
	}

	/**
	 * For each rule, in how many of the decisions decided in {@code [from, to)} it fired: only the spans from the
	 * first to the last seq decided in the range are read.
	 */
	Map<String, Long> rulesFiredIn(long from, long to) {
		indexTail();
		Map<String, Long> fired = new HashMap<>();
		Optional<long[]> seqs = jdbc.sql("SELECT MIN(seq), MAX(seq) FROM decision_record "
				+ "WHERE decided_at >= :from AND decided_at < :to HAVING COUNT(*) > 0")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		seqs.ifPresent(range -> jdbc.sql(RULES_FIRED)
			.param("from", from)
			.param("to", to)
			.param("firstSpan", range[0] / TermSpans.SIZE)
			.param("lastSpan", range[1] / TermSpans.SIZE)
			.query((RowCallbackHandler) rule -> fired.put(rule.getString(1), rule.getLong(2))));
		return fired;
	}

	/** Commits a write that changes nothing: proves the store takes writes again after a failure. */
	void probeWrite() {
		transaction.executeWithoutResult(status -> lockChain());
	}

	/**
	 * Runs {@code work} in one transaction that holds the chain lock, with the index's tail brought up to the head. If
	 * the transaction fails, the tail is forgotten: what it held is read back from the store by the next write.
	 */
	private <T> T underChainLock(Function<ChainHead, T> work) {
		chainWrites.lock();
		try {
			return transaction.execute(status -> {
				ChainHead head = lockChain();
				catchUp(head);
				return work.apply(head);
			});
		}
		catch (RuntimeException ex) {
			tail.forget();
			throw ex;
		}
		finally {
			chainWrites.unlock();
		}
	}

	/** Marks the decisions up to the head that the tail lacks, read back from the store. */
	private void catchUp(ChainHead head) {
		long first = tail.firstUnmarked(head.indexedThrough(), head.headSeq());
		if (first > head.headSeq()) {
			return;
		}
		List<long[]> decisions = new ArrayList<>();
		List<List<Term>> termsOf = new ArrayList<>();
		jdbc.sql("SELECT seq, decided_at, offers_json, suppressed_json, trace_json, trace_lz4 FROM decision_record "
				+ "WHERE seq >= :first AND seq <= :head")
			.param("first", first)
			.param("head", head.headSeq())
			.query((RowCallbackHandler) rs -> {
				long seq = rs.getLong("seq");
				decisions.add(new long[] { seq, rs.getLong("decided_at") });
				termsOf.add(termsOf(StoredFacets.of(rs.getString("offers_json"), rs.getString("suppressed_json"),
						trace(rs, seq, null, null, false))));
			});
		mark(decisions, termsOf);
		tail.markedThrough(head.headSeq());
	}

	/** Marks each decision ({seq, decidedAt}) in the tail under its terms, numbered. */
	private void mark(List<long[]> decisions, List<List<Term>> termsOf) {
		Set<Term> all = new HashSet<>();
		termsOf.forEach(all::addAll);
		Map<Term, Long> numbers = this.terms.numbersOf(all, jdbc);
		for (int i = 0; i < decisions.size(); i++) {
			long[] decision = decisions.get(i);
			termsOf.get(i).forEach(term -> tail.mark(numbers.get(term), decision[0], decision[1]));
		}
	}

	/** Stores the marks the tail holds, inside the caller's transaction. */
	private void storeTail() {
		List<Object[]> upserts = tail.take();
		if (!upserts.isEmpty()) {
			batch.getJdbcTemplate().batchUpdate(TermSpans.UPSERT, upserts);
		}
	}

	/** Takes the chain lock, held until the transaction ends, and reads the head under it. */
	private ChainHead lockChain() {
		run(lockChain, () -> lockChain.update(dataSource));
		return chainHead();
	}

	private interface SqlCall {

		void run() throws SQLException;

	}

	/** Runs a call of one of the prepared statements, its failure translated as JdbcTemplate translates the others'. */
	private void run(PreparedPerConnection statement, SqlCall call) {
		try {
			call.run();
		}
		catch (SQLException ex) {
			DataAccessException translated = translator.translate("the decision trail", statement.sql(), ex);
			throw translated != null ? translated
					: new UncategorizedSQLException("the decision trail", statement.sql(), ex);
		}
	}

	private static String placeholders(int count) {
		return "?, ".repeat(count - 1) + "?";
	}

	private Map<String, DecisionRecord> storedRequestIds(List<PreparedEntry> entries) {
		List<String> requestIds = entries.stream().map(prepared -> prepared.entry().requestId())
			.filter(id -> id != null).distinct().toList();
		Map<String, DecisionRecord> stored = new HashMap<>();
		if (requestIds.isEmpty()) {
			return stored;
		}
		if (!sqlite) {
			// PostgreSQL's driver prepares a statement on the server once it has run five times, and the server may then
			// keep a plan made while the table was small: for one fixed look-up, a scan of every record on each commit
			// (seen on a new store under load). Expanded to the batch's size, as before, it kept its speed.
			jdbc.sql("SELECT " + COLUMNS + " FROM decision_record WHERE request_id IN (:ids)")
				.param("ids", requestIds)
				.query(RECORD)
				.list()
				.forEach(record -> stored.put(record.entry().requestId(), record));
			return stored;
		}
		for (int from = 0; from < requestIds.size(); from += REQUEST_IDS_A_LOOKUP) {
			Object[] ids = new Object[REQUEST_IDS_A_LOOKUP];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = requestIds.get(Math.min(from + i, requestIds.size() - 1));
			}
			run(byRequestIds, () -> byRequestIds.query(dataSource, ids, rs -> {
				DecisionRecord record = record(rs, true);
				stored.put(record.entry().requestId(), record);
			}));
		}
		return stored;
	}

	/**
	 * The records, each with the prepared entry it was sealed from (its stored trace and search terms), their marks
	 * held in the index's tail.
	 */
	private void insert(List<DecisionRecord> records, List<PreparedEntry> prepared) {
		if (records.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(records.size());
		List<long[]> decisions = new ArrayList<>(records.size());
		List<List<Term>> termsOf = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			DecisionRecord record = records.get(i);
			DecisionEntry entry = record.entry();
			rows.add(new Object[] { record.seq(), entry.decisionId(), entry.requestId(), entry.customerId(),
					entry.rulesetVersion(), entry.decidedAt().toEpochMilli(), record.recordedAt().toEpochMilli(),
					entry.request(), entry.profile(), entry.offers(), entry.actions(), entry.suppressed(), "",
					prepared.get(i).storedTrace(), record.prevHash(), record.hash() });
			decisions.add(new long[] { record.seq(), entry.decidedAt().toEpochMilli() });
			termsOf.add(termsOf(prepared.get(i).facets()));
		}
		mark(decisions, termsOf);
		run(insertRecord, () -> insertRecord.batch(dataSource, rows));
	}

	private static List<Term> termsOf(Facets facets) {
		List<Term> terms = new ArrayList<>();
		facets.rules().forEach(rule -> terms.add(new Term(Kind.RULE, rule)));
		facets.offerTypes().forEach(type -> terms.add(new Term(Kind.OFFER_TYPE, type)));
		facets.reasons().forEach(reason -> terms.add(new Term(Kind.REASON, reason)));
		return terms;
	}

	/**
	 * Only decisions indexed under the term: the marks of the term's spans whose decision times reach into the range
	 * (the outer query checks each decision's own time).
	 */
	private static void term(Kind kind, String name, TimeRange range, StringBuilder sql,
			MapSqlParameterSource params) {
		if (name == null) {
			return;
		}
		String param = kind.name().toLowerCase(Locale.ROOT);
		sql.append(" AND d.seq IN (SELECT ").append(TermSpans.MARKED_SEQ).append(" FROM term_span s ")
			.append(TermSpans.EACH_MARK).append(" WHERE s.term_id = (SELECT id FROM trail_term WHERE kind = '")
			.append(kind.name()).append("' AND name = :").append(param).append(')');
		if (range.from() != null) {
			sql.append(" AND s.last_decided_at >= :from");
			params.addValue("from", range.fromMillis());
		}
		if (range.to() != null) {
			sql.append(" AND s.first_decided_at < :to");
			params.addValue("to", range.toMillis());
		}
		sql.append(')');
		params.addValue(param, name);
	}

	private static void rangeOf(String column, TimeRange range, StringBuilder sql, MapSqlParameterSource params) {
		if (range.from() != null) {
			sql.append(" AND ").append(column).append(" >= :from");
			params.addValue("from", range.fromMillis());
		}
		if (range.to() != null) {
			sql.append(" AND ").append(column).append(" < :to");
			params.addValue("to", range.toMillis());
		}
	}

	private static DecisionRecord record(ResultSet rs, boolean traceMustBeRead) throws SQLException {
		long seq = rs.getLong("seq");
		String decisionId = rs.getString("decision_id");
		String requestId = rs.getString("request_id");
		DecisionEntry entry = new DecisionEntry(decisionId, requestId, rs.getString("customer_id"),
				rs.getString("ruleset_version"), Instant.ofEpochMilli(rs.getLong("decided_at")),
				rs.getString("request_json"), rs.getString("profile_json"), rs.getString("offers_json"),
				rs.getString("actions_json"), rs.getString("suppressed_json"),
				trace(rs, seq, decisionId, requestId, traceMustBeRead));
		return new DecisionRecord(seq, entry, Instant.ofEpochMilli(rs.getLong("recorded_at")),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static DecisionPage.Summary summary(ResultSet rs, int row) throws SQLException {
		return new DecisionPage.Summary(rs.getLong("seq"), rs.getString("decision_id"), rs.getString("request_id"),
				rs.getString("customer_id"), rs.getString("ruleset_version"),
				Instant.ofEpochMilli(rs.getLong("decided_at")), Instant.ofEpochMilli(rs.getLong("recorded_at")),
				rs.getString("offers_json"), rs.getString("actions_json"), rs.getString("suppressed_json"));
	}

	/** The trace compressed (V8 on), or as text in a record stored before; null if unreadable and not a must. */
	private static JsonText trace(ResultSet rs, long seq, String decisionId, String requestId, boolean mustBeRead)
			throws SQLException {
		byte[] compressed = rs.getBytes("trace_lz4");
		if (compressed == null) {
			return JsonText.of(rs.getString("trace_json"));
		}
		try {
			return TraceCompression.decompress(compressed);
		}
		catch (IllegalArgumentException ex) {
			if (!mustBeRead) {
				return null;
			}
			throw new StoredTraceUnreadable(seq, decisionId, requestId, ex);
		}
	}

	private static ChainHead chainHead(ResultSet rs, int row) throws SQLException {
		long purgedBefore = rs.getLong("purged_before");
		Instant purged = rs.wasNull() ? null : Instant.ofEpochMilli(purgedBefore);
		return new ChainHead(rs.getLong("head_seq"), rs.getString("head_hash"), rs.getLong("anchor_seq"),
				rs.getString("anchor_hash"), purged, rs.getLong("indexed_through"));
	}

}
