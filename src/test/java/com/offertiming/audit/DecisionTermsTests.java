package com.offertiming.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
		assertThat(TestStores.sqlitePlan("decision-terms-plan-tests", PURGE))
			.containsPattern("SEARCH decision_term .*\\(term_id=\\? AND decided_at<\\?\\)")
			.doesNotContain("SCAN decision_term");
	}

	@Test
	void onPostgresqlRetentionDeletesIndexRowsByTheIndexKey() throws SQLException {
		assertThat(TestStores.postgresPlan(PURGE)).contains("decision_term_pkey");
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
		assertThat(TestStores.lastColumn(connection, "SELECT t.kind || ' ' || t.name || ' ' || d.decided_at || ' ' "
				+ "|| d.decision_seq FROM decision_term d JOIN trail_term t ON t.id = d.term_id ORDER BY 1"))
			.containsExactly("OFFER_TYPE CROSS_SELL 100 1", "REASON OFFER_LIMIT 200 2",
					"RULE CheckoutIsOfferedACable 100 1", "RULE CheckoutIsOfferedACable 200 2",
					"RULE DetractorGetsNurture 200 2");
		assertThat(TestStores.lastColumn(connection, "SELECT id FROM trail_term ORDER BY id"))
			.containsExactly("1", "2", "3", "4");
	}

}
