package com.offertiming.audit;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.offertiming.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored decision is answered by the thread that commits it, in the servlet's asynchronous mode. Here another
 * connection holds SQLite's write lock for longer than the commit timeout, so the commits wait: each decision is
 * answered 503 (a problem with Retry-After) when its timeout passes, the customer's lock is released then (the next
 * decision for the customer is decided, not refused as busy), a client that hangs up meanwhile harms nothing, and once
 * the lock is gone the records are stored after all: a retry with the same requestId is answered with its decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"offers.audit.commit-timeout=2s" })
@DirtiesContext
class LateCommitTests {

	private static Path file;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		file = TestStores.freshSqlite("late-commit-" + UUID.randomUUID());
		registry.add("offers.store.file", file::toString);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	@Test
	void aDecisionNotCommittedInTimeIsAnswered503AndItsRetryGetsItOnceStored() throws Exception {
		RestClient http = TestKeys.client(port);
		String customer = "C-LATE-" + UUID.randomUUID();
		assertThat(decide(http, customer, "R-FIRST").getStatusCode().value()).isEqualTo(200);

		ResponseEntity<String> late;
		ResponseEntity<String> next;
		try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement statement = other.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			CompletableFuture<ResponseEntity<String>> answer = CompletableFuture
				.supplyAsync(() -> decide(http, customer, "R-LATE"));
			hangUpWhileDeciding(customer + "-HUNG-UP");
			late = answer.get(30, TimeUnit.SECONDS);
			next = decide(http, customer, "R-NEXT");
			statement.execute("ROLLBACK");
		}

		for (ResponseEntity<String> refused : new ResponseEntity[] { late, next }) {
			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
			JsonNode problem = json.readTree(refused.getBody());
			assertThat(problem.path("status").asInt()).isEqualTo(503);
			assertThat(problem.path("detail").asString()).isEqualTo("The decision trail did not commit within PT2S; retry");
			assertThat(problem.path("instance").asString()).isEqualTo("/v1/decisions");
		}
		Outages.await(() -> records(http, customer) == 3 && records(http, customer + "-HUNG-UP") == 1,
				Duration.ofSeconds(30));

		ResponseEntity<String> retry = decide(http, customer, "R-LATE");
		assertThat(retry.getStatusCode().value()).isEqualTo(200);
		assertThat(json.readTree(retry.getBody()).path("requestId").asString()).isEqualTo("R-LATE");
		assertThat(records(http, customer)).as("the retry is answered from the trail, not stored again").isEqualTo(3);
		assertThat(meters.get("http.server.requests").tag("uri", "/v1/decisions").tag("status", "503").timer().count())
			.isGreaterThanOrEqualTo(2);
	}

	/** Posts a decision on a raw connection and closes it before the answer (its commit waits for the lock). */
	private void hangUpWhileDeciding(String customer) throws Exception {
		byte[] body = request(customer, "R-HUNG-UP").getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ TestKeys.HEADER + ": " + TestKeys.APP + "\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			Thread.sleep(300);
		}
	}

	private static ResponseEntity<String> decide(RestClient http, String customer, String requestId) {
		return http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON).body(request(customer, requestId))
			.retrieve().onStatus(status -> true, (request, response) -> {
			}).toEntity(String.class);
	}

	private static String request(String customer, String requestId) {
		return """
				{"requestId": "%s", "customer": {"id": "%s"}, "event": {"type": "CHECKOUT",
				 "at": "2026-11-22T10:00:00Z", "productIds": ["TV-55"]}}""".formatted(requestId, customer);
	}

	private int records(RestClient http, String customer) {
		ResponseEntity<String> page = Outages.get(http, "/v1/decisions?customerId=" + customer);
		return json.readTree(page.getBody()).path("decisions").size();
	}

}
