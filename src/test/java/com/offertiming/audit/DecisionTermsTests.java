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
 * rows per term and decision before V9) is carried over into blocks whole, and retention and the effectiveness
 * report find a term's blocks through the index's key, not by reading the whole index.
 */
class DecisionTermsTests {

	private static final String PURGE_BLOCKS = TermBlocks.PURGE_BLOCKS.replace(":block", "20");

	private static final String PURGE_BITS = TermBlocks.PURGE_BITS.replace(":kept", "255").replace(":block", "20");

	private static final String RULES_FIRED = DecisionStore.RULES_FIRED.replace(":from", "1764000000000")
		.replace(":to", "1765000000000")
		.replace(":firstBlock", "20")
		.replace(":lastBlock", "30");

	/** Every decision the index marks, as "kind name seq", in order. */
	private static final String MARKS = "SELECT t.kind || ' ' || t.name || ' ' || (" + TermBlocks.MARKED_SEQ + ") "
			+ "FROM term_block b " + TermBlocks.EACH_MARK + " JOIN trail_term t ON t.id = b.term_id "
			+ "ORDER BY t.kind, t.name, b.block, n.bit";

	@Test
	void onSqliteAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		onSqlite("decision-terms-v7-tests", DecisionTermsTests::assertCarriedOverFromV6);
	}

	@Test
	void onPostgresqlAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		onPostgresql(DecisionTermsTests::assertCarriedOverFromV6);
	}

	@Test
	void onSqliteAnIndexWrittenBeforeV9IsFoldedIntoBlocks() throws SQLException {
		onSqlite("decision-terms-v9-tests", DecisionTermsTests::assertFoldedFromV8);
	}

	@Test
	void onPostgresqlAnIndexWrittenBeforeV9IsFoldedIntoBlocks() throws SQLException {
		onPostgresql(DecisionTermsTests::assertFoldedFromV8);
	}

	@Test
	void onSqliteRetentionAndTheReportReadBlocksByTheIndexKey() throws SQLException {
		String key = "SEARCH (term_block|b) USING (COVERING )?INDEX sqlite_autoindex_term_block_1 ";
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", PURGE_BLOCKS))
			.containsPattern(key + "\\(term_id=\\? AND block<\\?\\)")
			.doesNotContain("SCAN term_block");
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", PURGE_BITS))
			.containsPattern(key + "\\(term_id=\\? AND block=\\?\\)")
			.doesNotContain("SCAN term_block");
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", RULES_FIRED))
			.containsPattern(key + "\\(term_id=\\? AND block>\\? AND block<\\?\\)")
			.doesNotContain("SCAN b");
	}

	@Test
	void onPostgresqlRetentionAndTheReportReadBlocksByTheIndexKey() throws SQLException {
		assertThat(TestStores.postgresPlan(PURGE_BLOCKS)).contains("term_block_pkey");
		assertThat(TestStores.postgresPlan(PURGE_BITS)).contains("term_block_pkey");
		assertThat(TestStores.postgresPlan(RULES_FIRED)).contains("term_block_pkey");
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
	 * Migrates to V8, writes rows per term and decision there (seqs in three blocks, the last bit of a block among
	 * them), migrates on, and reads each decision back from its block, and each block's time bounds.
	 */
	private static void assertFoldedFromV8(Function<String, FluentConfiguration> flyway, Connection connection)
			throws SQLException {
		flyway.apply("8").load().migrate();
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO trail_term (id, kind, name) VALUES (1, 'RULE', 'CheckoutIsOfferedACable'), "
					+ "(2, 'REASON', 'OFFER_LIMIT')");
			statement.execute("INSERT INTO decision_term (term_id, decided_at, decision_seq) VALUES "
					+ "(1, 500, 1), (1, 100, 62), (1, 300, 63), (1, 200, 200), (2, 400, 62), (2, 100, 125)");
		}
		flyway.apply("latest").load().migrate();
		assertThat(TestStores.lastColumn(connection, MARKS)).containsExactly("REASON OFFER_LIMIT 62",
				"REASON OFFER_LIMIT 125", "RULE CheckoutIsOfferedACable 1", "RULE CheckoutIsOfferedACable 62",
				"RULE CheckoutIsOfferedACable 63", "RULE CheckoutIsOfferedACable 200");
		assertThat(TestStores.lastColumn(connection, "SELECT term_id || ' ' || block || ' ' || mask || ' ' "
				+ "|| first_decided_at || ' ' || last_decided_at FROM term_block ORDER BY term_id, block"))
			.containsExactly("1 0 " + ((1L << 62) | 2) + " 100 500", "1 1 1 300 300", "1 3 " + (1L << 11) + " 200 200",
					"2 0 " + (1L << 62) + " 400 400", "2 1 " + (1L << 62) + " 100 100");
	}

}
