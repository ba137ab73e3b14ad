package com.offertiming.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SQLite file stops taking writes: decisions, searches by term and the report (which first store the index's
 * tail) are answered 503 (no decision without its record), and once it takes writes again the service goes on by
 * itself. Tests run as root, for whom chmod changes nothing, so the files are made immutable with {@code chattr +i},
 * which binds root too (skipped where chattr is not available or not permitted).
 * The database and its write-ahead log are frozen; the shared-memory index is not (see below).
 * <p>
 * Stored decisions are answered by the thread that commits them, in the servlet's asynchronous mode. When another
 * connection holds SQLite's write lock for longer than the commit timeout, the commits wait: each decision is answered
 * 503 (a problem with Retry-After) when its timeout passes, the customer's lock is released then (the next decision
 * for the customer is decided, not refused as busy), a client that hangs up meanwhile harms nothing, and once the
 * lock is gone the records are stored after all: a retry with the same requestId is answered with its decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"offers.audit.commit-timeout=3s" })
@DirtiesContext
class SqliteUnwritableTests {

	private static Path file;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		file = TestStores.freshSqlite("unwritable-" + UUID.randomUUID());
		registry.add("offers.store.file", file::toString);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	@Test
	void decisionsAre503WhileTheFileTakesNoWritesAndGoOnWhenItDoes() throws Exception {
		RestClient http = TestKeys.client(port);
		String customer = "C-UNWRITABLE-" + UUID.randomUUID();
		// The first write of a fresh service stores the index; the second decision waits in its tail.
		assertThat(Outages.decide(http, customer).getStatusCode().value()).isEqualTo(200);
		assertThat(Outages.decide(http, customer).getStatusCode().value()).isEqualTo(200);

		List<Path> files = new ArrayList<>();
		// Not the -shm index: SQLite maps it into memory, and a mapped file turned immutable kills the JVM (SIGBUS).
		for (String suffix : new String[] { "", "-wal" }) {
			Path f = Path.of(file + suffix);
			if (Files.exists(f)) {
				files.add(f);
			}
		}
		ResponseEntity<String> refused;
		ResponseEntity<String> healthWhileFrozen;
		ResponseEntity<String> byCustomer;
		ResponseEntity<String> byRule;
		ResponseEntity<String> report;
		try {
			assumeTrue(chattr("+i", files), "chattr +i is not available here");
			refused = Outages.decide(http, customer);
			healthWhileFrozen = Outages.get(http, "/actuator/health");
			byCustomer = Outages.get(http, "/v1/decisions?customerId=" + customer);
			// A search by term first stores the index's tail, a write.
			byRule = Outages.get(http, "/v1/decisions?customerId=" + customer + "&rule=CheckoutIsOfferedACable");
			report = http.get().uri("/v1/reports/effectiveness").retrieve().onStatus(status -> true, (req, res) -> {
			}).toEntity(String.class);
		}
		finally {
			chattr("-i", files);
		}

		assertThat(refused.getStatusCode().value()).isEqualTo(503);
		assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(healthWhileFrozen.getStatusCode().value()).isEqualTo(503);
		assertThat(healthWhileFrozen.getBody()).contains("DOWN");
		assertThat(byCustomer.getStatusCode().value()).isEqualTo(200);
		assertThat(byRule.getStatusCode().value()).isEqualTo(503);
		assertThat(byRule.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(byRule.getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(byRule.getBody()).contains("search index");
		assertThat(report.getStatusCode().value()).isEqualTo(503);
		Outages.await(() -> Outages.get(http, "/actuator/health").getStatusCode().value() == 200, Duration.ofSeconds(30));
		Outages.await(() -> Outages.decide(http, customer).getStatusCode().value() == 200, Duration.ofSeconds(30));
	}

	private static boolean chattr(String flag, List<Path> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("chattr", flag));
		files.forEach(f -> command.add(f.toString()));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Test
	void aDecisionNotCommittedInTimeIsAnswered503AndItsRetryGetsItOnceStored() throws Exception {
		RestClient http = TestKeys.client(port);
		String customer = "C-LATE-" + UUID.randomUUID();
		assertThat(Outages.decide(http, customer, "R-FIRST").getStatusCode().value()).isEqualTo(200);

		ResponseEntity<String> late;
		ResponseEntity<String> next;
		try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement statement = other.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			CompletableFuture<ResponseEntity<String>> answer = CompletableFuture
				.supplyAsync(() -> Outages.decide(http, customer, "R-LATE"));
			hangUpWhileDeciding(customer + "-HUNG-UP");
			late = answer.get(30, TimeUnit.SECONDS);
			next = Outages.decide(http, customer, "R-NEXT");
			statement.execute("ROLLBACK");
		}

		for (ResponseEntity<String> refused : new ResponseEntity[] { late, next }) {
			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
			JsonNode problem = json.readTree(refused.getBody());
			assertThat(problem.path("status").asInt()).isEqualTo(503);
			assertThat(problem.path("detail").asString()).isEqualTo("The decision trail did not commit within PT3S; retry");
			assertThat(problem.path("instance").asString()).isEqualTo("/v1/decisions");
		}
		Outages.await(() -> records(http, customer) == 3 && records(http, customer + "-HUNG-UP") == 1,
				Duration.ofSeconds(30));

		ResponseEntity<String> retry = Outages.decide(http, customer, "R-LATE");
		assertThat(retry.getStatusCode().value()).isEqualTo(200);
		assertThat(json.readTree(retry.getBody()).path("requestId").asString()).isEqualTo("R-LATE");
		assertThat(records(http, customer)).as("the retry is answered from the trail, not stored again").isEqualTo(3);
		assertThat(meters.get("http.server.requests").tag("uri", "/v1/decisions").tag("status", "503").timer().count())
			.isGreaterThanOrEqualTo(2);
	}

	/** Posts a decision on a raw connection and closes it before the answer (its commit waits for the lock). */
	private void hangUpWhileDeciding(String customer) throws Exception {
		byte[] body = Outages.request(customer, "R-HUNG-UP").getBytes(StandardCharsets.UTF_8);
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

	private int records(RestClient http, String customer) {
		ResponseEntity<String> page = Outages.get(http, "/v1/decisions?customerId=" + customer);
		return json.readTree(page.getBody()).path("decisions").size();
	}

}
