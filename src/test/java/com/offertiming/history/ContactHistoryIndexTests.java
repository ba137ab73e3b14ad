package com.offertiming.history;

import java.sql.SQLException;

import com.offertiming.audit.TestStores;
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
		assertThat(TestStores.sqlitePlan("contact-history-index-tests", QUERY)).contains("INDEX decision_record_contact");
	}

	@Test
	void onPostgresqlTheHistoryIsReadThroughTheContactIndex() throws SQLException {
		assertThat(TestStores.postgresPlan(QUERY)).contains("decision_record_contact");
	}

}
