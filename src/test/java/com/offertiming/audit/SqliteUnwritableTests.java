package com.offertiming.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.offertiming.TestKeys;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SQLite file stops taking writes: decisions, searches by term and the report (which first store the index's
 * tail) are answered 503 (no decision without its record), and once it takes writes again the service goes on by
 * itself. Tests run as root, for whom chmod changes nothing, so the files are made immutable with {@code chattr +i},
 * which binds root too (skipped where chattr is not available or not permitted).
 * The database and its write-ahead log are frozen; the shared-memory index is not (see below).
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

}
