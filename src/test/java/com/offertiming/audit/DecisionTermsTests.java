package com.offertiming.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail's search index (migration V7) on both stores: a trail indexed before it keeps every index row, and
 * retention finds a purged decision's rows through the index's key, not by reading the whole index under the chain
 * lock.
 */
class DecisionTermsTests {

	private static final String PURGE = DecisionStore.PURGE_TERMS.replace(":latest", "1764000000000")
		.replace(":boundary", "1000");

	@Test
	void onSqliteAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		String url = "jdbc:sqlite:" + TestStores.freshSqlite("decision-terms-migration-tests");
		try (Connection connection = DriverManager.getConnection(url)) {
			assertCarriedOver(Flyway.configure().dataSource(url, null, null), connection);
		}
	}

	@Test
	void onPostgresqlAnIndexWrittenBeforeV7IsCarriedOver() throws SQLException {
		String schema = TestStores.newPostgresSchema();
		try {
			String url = TestStores.POSTGRES + "?currentSchema=" + schema;
			try (Connection connection = DriverManager.getConnection(url, TestStores.POSTGRES_USER, "")) {
				assertCarriedOver(Flyway.configure().dataSource(url, TestStores.POSTGRES_USER, "").schemas(schema),
						connection);
			}
		}
		finally {
			TestStores.dropPostgres(schema);
		}
	}

	@Test
	void onSqliteRetentionDeletesIndexRowsByTheIndexKey() throws SQLException {
		String url = "jdbc:sqlite:" + TestStores.freshSqlite("decision-terms-plan-tests");
		Flyway.configure().dataSource(url, null, null).load().migrate();
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(rows(connection, "EXPLAIN QUERY PLAN " + PURGE))
				.anySatisfy(step -> assertThat(step).startsWith("SEARCH decision_term")
					.endsWith("(term_id=? AND decided_at<?)"))
				.noneSatisfy(step -> assertThat(step).startsWith("SCAN decision_term"));
		}
	}

	@Test
	void onPostgresqlRetentionDeletesIndexRowsByTheIndexKey() throws SQLException {
		String schema = TestStores.newPostgresSchema();
		try {
			String url = TestStores.POSTGRES + "?currentSchema=" + schema;
			Flyway.configure().dataSource(url, TestStores.POSTGRES_USER, "").schemas(schema).load().migrate();
			try (Connection connection = DriverManager.getConnection(url, TestStores.POSTGRES_USER, "");
					Statement statement = connection.createStatement()) {
				// An empty table is cheapest to scan whole: ask for the plan an index would give.
				statement.execute("SET enable_seqscan = off");
				assertThat(String.join("\n", rows(connection, "EXPLAIN " + PURGE))).contains("decision_term_pkey");
			}
		}
		finally {
			TestStores.dropPostgres(schema);
		}
	}

	/** Migrates to V6, writes an index there, migrates on, and reads the same index back. */
	private static void assertCarriedOver(FluentConfiguration flyway, Connection connection) throws SQLException {
		flyway.target("6").load().migrate();
		try (Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO decision_rule (rule_name, decided_at, decision_seq) VALUES "
					+ "('CheckoutIsOfferedACable', 100, 1), ('CheckoutIsOfferedACable', 200, 2), "
					+ "('DetractorGetsNurture', 200, 2)");
			statement.execute("INSERT INTO decision_facet (facet, facet_value, decided_at, decision_seq) VALUES "
					+ "('OFFER_TYPE', 'CROSS_SELL', 100, 1), ('REASON', 'OFFER_LIMIT', 200, 2)");
		}
		flyway.target("latest").load().migrate();
		assertThat(rows(connection, "SELECT t.kind || ' ' || t.name || ' ' || d.decided_at || ' ' || d.decision_seq "
				+ "FROM decision_term d JOIN trail_term t ON t.id = d.term_id ORDER BY 1"))
			.containsExactly("OFFER_TYPE CROSS_SELL 100 1", "REASON OFFER_LIMIT 200 2",
					"RULE CheckoutIsOfferedACable 100 1", "RULE CheckoutIsOfferedACable 200 2",
					"RULE DetractorGetsNurture 200 2");
		assertThat(rows(connection, "SELECT id FROM trail_term ORDER BY id")).containsExactly("1", "2", "3", "4");
	}

	/** The last column of each row. */
	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				rows.add(result.getString(columns));
			}
		}
		return rows;
	}

}
