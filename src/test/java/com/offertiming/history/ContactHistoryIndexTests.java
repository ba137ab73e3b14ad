package com.offertiming.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.offertiming.audit.TestStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttles' history is read through the partial index of contacts (migration V6), on both stores, so its cost
 * follows a customer's contacts, not all of the customer's decisions. A planner uses a partial index only when the
 * query's WHERE contains its predicate: a change to one without the other fails here.
 */
class ContactHistoryIndexTests {

	/** The query with values in place of its parameters, as the planner sees it. */
	private static final String QUERY = ContactHistory.QUERY.replace(":customer", "'C-1'")
		.replace(":from", "0")
		.replace(":at", "1764000000000");

	@Test
	void onSqliteTheHistoryIsReadThroughTheContactIndex() throws SQLException {
		String url = "jdbc:sqlite:" + TestStores.freshSqlite("contact-history-index-tests");
		Flyway.configure().dataSource(url, null, null).load().migrate();
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(plan(connection, "EXPLAIN QUERY PLAN " + QUERY)).contains("INDEX decision_record_contact");
		}
	}

	@Test
	void onPostgresqlTheHistoryIsReadThroughTheContactIndex() throws SQLException {
		String schema = TestStores.newPostgresSchema();
		try {
			String url = TestStores.POSTGRES + "?currentSchema=" + schema;
			Flyway.configure().dataSource(url, TestStores.POSTGRES_USER, "").schemas(schema).load().migrate();
			try (Connection connection = DriverManager.getConnection(url, TestStores.POSTGRES_USER, "");
					Statement statement = connection.createStatement()) {
				// An empty table is cheapest to scan whole: ask for the plan an index would give.
				statement.execute("SET enable_seqscan = off");
				assertThat(plan(connection, "EXPLAIN " + QUERY)).contains("decision_record_contact");
			}
		}
		finally {
			TestStores.dropPostgres(schema);
		}
	}

	private static String plan(Connection connection, String explain) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(explain)) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				plan.append(rows.getString(columns)).append('\n');
			}
		}
		return plan.toString();
	}

}
