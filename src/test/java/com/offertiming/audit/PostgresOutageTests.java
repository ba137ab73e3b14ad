package com.offertiming.audit;

import java.time.Duration;
import java.util.UUID;

import com.offertiming.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No decision without its record: while PostgreSQL is down decisions are answered 503 with Retry-After and health
 * says DOWN for the db; when it is back the service recovers by itself. Stops and starts the real cluster (briefly:
 * other users of the same PostgreSQL see the outage too), and always starts it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.hikari.connection-timeout=2000", "offers.audit.commit-timeout=4s" })
@DirtiesContext
class PostgresOutageTests {

	private static String schema;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		Outages.ensurePostgresRunning();
		schema = TestStores.postgres(registry);
	}

	@AfterAll
	static void dropSchema() {
		Outages.ensurePostgresRunning();
		TestStores.dropPostgres(schema);
	}

	@LocalServerPort
	private int port;

	@Test
	void decisionsAre503WhileTheDatabaseIsDownAndTheServiceRecoversWhenItIsBack() {
		RestClient http = TestKeys.client(port);
		String customer = "C-OUTAGE-" + UUID.randomUUID();
		assertThat(Outages.decide(http, customer).getStatusCode().value()).isEqualTo(200);
		assertThat(Outages.get(http, "/actuator/health").getStatusCode().value()).isEqualTo(200);

		ResponseEntity<String> refused;
		ResponseEntity<String> health;
		try {
			Outages.postgres("stop");
			refused = Outages.decide(http, customer);
			health = Outages.get(http, "/actuator/health");
		}
		finally {
			Outages.ensurePostgresRunning();
		}

		assertThat(refused.getStatusCode().value()).isEqualTo(503);
		assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(health.getStatusCode().value()).isEqualTo(503);
		assertThat(health.getBody()).contains("\"status\":\"DOWN\"").contains("\"db\":{\"status\":\"DOWN\"");

		Outages.await(() -> Outages.decide(http, customer).getStatusCode().value() == 200, Duration.ofSeconds(60));
		int answered = 2;
		assertThat(Outages.get(http, "/actuator/health").getBody()).contains("\"status\":\"UP\"");
		// The refused decision left no record; each one answered 200 did.
		ResponseEntity<String> stored = Outages.get(http, "/v1/decisions?customerId=" + customer);
		assertThat(stored.getStatusCode().value()).isEqualTo(200);
		assertThat(stored.getBody().split("\"decisionId\"", -1)).hasSize(answered + 1);
	}

}
