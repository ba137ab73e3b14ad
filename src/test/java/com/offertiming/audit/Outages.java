package com.offertiming.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.offertiming.TestKeys;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Helpers for the fault tests: stopping PostgreSQL, freezing files, and calls that return whatever status comes. */
final class Outages {

	private Outages() {
	}

	static ResponseEntity<String> decide(RestClient http, String customer) {
		return decide(http, customer, null);
	}

	/** A checkout decision for the customer, under the requestId if one is given. */
	static ResponseEntity<String> decide(RestClient http, String customer, String requestId) {
		return http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON)
			.body(request(customer, requestId))
			.retrieve().onStatus(status -> true, (request, response) -> {
			}).toEntity(String.class);
	}

	static String request(String customer, String requestId) {
		String id = requestId == null ? "" : "\"requestId\": \"" + requestId + "\", ";
		return """
				{%s"customer": {"id": "%s"}, "event": {"type": "CHECKOUT", "at": "2026-11-22T10:00:00Z",
				 "productIds": ["TV-55"]}}""".formatted(id, customer);
	}

	static ResponseEntity<String> get(RestClient http, String path) {
		return http.get().uri(path).header(TestKeys.HEADER, TestKeys.AUDITOR).retrieve()
			.onStatus(status -> true, (request, response) -> {
			}).toEntity(String.class);
	}

	/** pg_ctlcluster ACTION on the one installed cluster; waits for it to finish. */
	static void postgres(String action) {
		try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
			String version = versions.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
			Process process = new ProcessBuilder(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main",
					action)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("pg_ctlcluster " + action + " did not finish in 60 s");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("pg_ctlcluster " + action + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts PostgreSQL if it is not answering, and waits until it accepts connections. */
	static void ensurePostgresRunning() {
		if (postgresAnswers()) {
			return;
		}
		postgres("start");
		await(Outages::postgresAnswers, Duration.ofSeconds(60));
	}

	static boolean postgresAnswers() {
		try (Connection connection = DriverManager.getConnection(TestStores.POSTGRES, TestStores.POSTGRES_USER, "")) {
			return connection.isValid(2);
		}
		catch (Exception ex) {
			return false;
		}
	}

	static void await(BooleanSupplier condition, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + within);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
