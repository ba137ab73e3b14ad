package com.offertiming.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.offertiming.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More decisions than a tiny trail queue holds, at once: the overflow is answered 503 with Retry-After at once (no
 * thread waits on a full queue), every decision answered 200 is stored, and nothing else fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"offers.audit.queue-capacity=1", "offers.audit.batch-size=1",
		"spring.datasource.url=jdbc:sqlite:target/backpressure-${random.uuid}.db?journal_mode=WAL&synchronous=FULL" })
@DirtiesContext
class TrailBackpressureTests {

	@LocalServerPort
	private int port;

	@Test
	void overflowIsAnswered503AndEveryDecisionAnsweredIsStored() throws Exception {
		RestClient http = TestKeys.client(port);
		// One customer each: a customer's own decisions are serialised, and would never crowd the queue.
		String customers = "C-LOAD-" + UUID.randomUUID() + "-";
		ExecutorService callers = Executors.newFixedThreadPool(32);
		List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 640; i++) {
			String customer = customers + i;
			answers.add(callers.submit(() -> Outages.decide(http, customer)));
		}
		int ok = 0;
		int refused = 0;
		for (Future<ResponseEntity<String>> answer : answers) {
			ResponseEntity<String> response = answer.get();
			int status = response.getStatusCode().value();
			assertThat(status).isIn(200, 503);
			if (status == 503) {
				refused++;
				assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
				assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
			}
			else {
				ok++;
			}
		}
		callers.shutdown();

		assertThat(refused).as("503s").isPositive();
		assertThat(ok).as("200s").isPositive();
		int stored = 0;
		for (int page = 0;; page++) {
			// The store is this test's own: every record in it is one of these decisions.
			String body = Outages.get(http, "/v1/decisions?size=100&page=" + page).getBody();
			stored += body.split("\"decisionId\"", -1).length - 1;
			if (!body.contains("\"hasNext\":true")) {
				break;
			}
		}
		assertThat(stored).isEqualTo(ok);
		assertThat(Outages.get(http, "/v1/audit/verify").getBody()).contains("\"valid\":true");
	}

}
