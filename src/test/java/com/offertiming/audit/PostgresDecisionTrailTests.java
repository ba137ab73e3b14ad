package com.offertiming.audit;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DirtiesContext
class PostgresDecisionTrailTests extends DecisionTrailStorageTests {

	private static String schema;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		schema = TestStores.postgres(registry);
	}

	@AfterAll
	static void dropSchema() {
		TestStores.dropPostgres(schema);
	}

}
