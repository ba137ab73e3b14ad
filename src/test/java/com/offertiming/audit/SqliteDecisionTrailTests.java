package com.offertiming.audit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteDecisionTrailTests extends DecisionTrailStorageTests {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		TestStores.sqlite(registry, "sqlite-decision-trail-tests");
	}

}
