package com.offertiming.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail's search index on both stores: an index written in an earlier form (rows per rule and facet before V7,
 * rows per term and decision before V9, rows per term and block of 63 before V10) is carried over into spans whole,
 * and retention and the effectiveness report find a term's spans through the index's key, not by reading the whole
 * index.
 */
class DecisionTermsTests {

	private static final String PURGE_SPANS = TermSpans.PURGE_SPANS.replace(":span", "20");

	private static final String PURGE_BITS = TermSpans.PURGE_BITS.replaceAll(":kept\\d", "255").replace(":span", "20");

	private static final String RULES_FIRED = DecisionStore.RULES_FIRED.replace(":from", "1764000000000")
		.replace(":to", "1765000000000")
		.replace(":firstSpan", "20")
		.replace(":lastSpan", "30");

	/** Every decision the index marks, as "kind name seq", in order. */
	private static final String MARKS = "SELECT t.kind || ' ' || t.name || ' ' || (" + TermSpans.MARKED_SEQ + ") "
			+ "FROM term_span s " + TermSpans.EACH_MARK + " JOIN trail_term t ON t.id = s.term_id "
			+ "ORDER BY t.kind, t.name, s.span, n.bit";

	@Test
	void onSqliteAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		onSqlite("decision-terms-v7-tests", DecisionTermsTests::assertCarriedOverFromV6);
	}

	@Test
	void onPostgresqlAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		onPostgresql(DecisionTermsTests::assertCarriedOverFromV6);
	}

	@Test
	void onSqliteAnIndexWrittenBeforeV9IsFoldedIntoSpans() throws SQLException {
		onSqlite("decision-terms-v9-tests", DecisionTermsTests::assertFoldedFromV8);
	}

	@Test
	void onPostgresqlAnIndexWrittenBeforeV9IsFoldedIntoSpans() throws SQLException {
		onPostgresql(DecisionTermsTests::assertFoldedFromV8);
	}

	@Test
	void onSqliteRetentionAndTheReportReadSpansByTheIndexKey() throws SQLException {
		String key = "SEARCH (term_span|s) USING (COVERING )?INDEX sqlite_autoindex_term_span_1 ";
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", PURGE_SPANS))
			.containsPattern(key + "\\(term_id=\\? AND span<\\?\\)")
			.doesNotContain("SCAN term_span");
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", PURGE_BITS))
			.containsPattern(key + "\\(term_id=\\? AND span=\\?\\)")
			.doesNotContain("SCAN term_span");
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", RULES_FIRED))
			.containsPattern(key + "\\(term_id=\\? AND span>\\? AND span<\\?\\)")
			.doesNotContain("SCAN s");
	}

	@Test
	void onPostgresqlRetentionAndTheReportReadSpansByTheIndexKey() throws SQLException {
		assertThat(TestStores.postgresPlan(PURGE_SPANS)).contains("term_span_pkey");
		assertThat(TestStores.postgresPlan(PURGE_BITS)).contains("term_span_pkey");
		assertThat(TestStores.postgresPlan(RULES_FIRED)).contains("term_span_pkey");
	}

	private interface Check {

		void run(Function<String, FluentConfiguration> flyway, Connection connection) throws SQLException;

	}

	private static void onSqlite(String name, Check check) throws SQLException {
		String url = "jdbc:sqlite:" + TestStores.freshSqlite(name);
		try (Connection connection = DriverManager.getConnection(url)) {
			check.run(target -> Flyway.configure().dataSource(url, null, null).target(target), connection);
		}
	}

	private static void onPostgresql(Check check) throws SQLException {
		String schema = TestStores.newPostgresSchema();
		try {
			String url = TestStores.POSTGRES + "?currentSchema=" + schema;
			try (Connection connection = DriverManager.getConnection(url, TestStores.POSTGRES_USER, "")) {
				check.run(target -> Flyway.configure().dataSource(url, TestStores.POSTGRES_USER, "").schemas(schema)
					.target(target), connection);
			}
		}
		finally {
			TestStores.dropPostgres(schema);
		}
	}

	/** Migrates to V6, writes an index there, migrates on, and reads the same index back. */
	private static void assertCarriedOverFromV6(Function<String, FluentConfiguration> flyway, Connection connection)
			throws SQLException {
		flyway.apply("6").load().migrate();
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO decision_rule (rule_name, decided_at, decision_seq) VALUES "
					+ "('CheckoutIsOfferedACable', 100, 1), ('CheckoutIsOfferedACable', 200, 2), "
					+ "('DetractorGetsNurture', 200, 2)");
			statement.execute("INSERT INTO decision_facet (facet, facet_value, decided_at, decision_seq) VALUES "
					+ "('OFFER_TYPE', 'CROSS_SELL', 100, 1), ('REASON', 'OFFER_LIMIT', 200, 2)");
		}
		flyway.apply("latest").load().migrate();
		assertThat(TestStores.lastColumn(connection, MARKS)).containsExactly("OFFER_TYPE CROSS_SELL 1",
				"REASON OFFER_LIMIT 2", "RULE CheckoutIsOfferedACable 1", "RULE CheckoutIsOfferedACable 2",
				"RULE DetractorGetsNurture 2");
		assertThat(TestStores.lastColumn(connection, "SELECT id FROM trail_term ORDER BY id"))
			.containsExactly("1", "2", "3", "4");
	}

	/**
	 * Migrates to V8, writes rows per term and decision there (seqs in four blocks of the first span, the last bit of
	 * a block and of the span among them, and one in the second span), migrates on, and reads each decision back from
	 * its span, and each span's masks and time bounds.
	 */
	private static void assertFoldedFromV8(Function<String, FluentConfiguration> flyway, Connection connection)
			throws SQLException {
		flyway.apply("8").load().migrate();
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO trail_term (id, kind, name) VALUES (1, 'RULE', 'CheckoutIsOfferedACable'), "
					+ "(2, 'REASON', 'OFFER_LIMIT')");
			statement.execute("INSERT INTO decision_term (term_id, decided_at, decision_seq) VALUES "
					+ "(1, 500, 1), (1, 100, 62), (1, 300, 63), (1, 200, 200), (1, 600, 503), (1, 700, 509), "
					+ "(2, 400, 62), (2, 100, 125)");
		}
		flyway.apply("latest").load().migrate();
		assertThat(TestStores.lastColumn(connection, MARKS)).containsExactly("REASON OFFER_LIMIT 62",
				"REASON OFFER_LIMIT 125", "RULE CheckoutIsOfferedACable 1", "RULE CheckoutIsOfferedACable 62",
				"RULE CheckoutIsOfferedACable 63", "RULE CheckoutIsOfferedACable 200",
				"RULE CheckoutIsOfferedACable 503", "RULE CheckoutIsOfferedACable 509");
		assertThat(TestStores.lastColumn(connection, "SELECT term_id || ' ' || span || ' ' || mask0 || ' ' || mask1 "
				+ "|| ' ' || mask2 || ' ' || mask3 || ' ' || mask4 || ' ' || mask5 || ' ' || mask6 || ' ' || mask7 "
				+ "|| ' ' || first_decided_at || ' ' || last_decided_at FROM term_span ORDER BY term_id, span"))
			.containsExactly("1 0 " + ((1L << 62) | 2) + " 1 0 " + (1L << 11) + " 0 0 0 " + (1L << 62) + " 100 600",
					"1 1 " + (1L << 5) + " 0 0 0 0 0 0 0 700 700",
					"2 0 " + (1L << 62) + " " + (1L << 62) + " 0 0 0 0 0 0 100 400");
	}

}
