package com.offertiming.audit;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer looks up a batch's requestIds on every commit: by the index, never by a scan of the trail. */
class RequestIdLookUpTests {

	@Test
	void onSqliteABatchsRequestIdsAreLookedUpThroughTheirIndex() throws SQLException {
		String plan = TestStores.sqlitePlan("request-id-look-up-tests", DecisionStore.BY_REQUEST_IDS);

		assertThat(plan).contains("SEARCH decision_record USING INDEX").contains("(request_id=?)");
	}

}
