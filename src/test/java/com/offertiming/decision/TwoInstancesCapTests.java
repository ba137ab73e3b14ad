package com.offertiming.decision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.offertiming.OfferTimingApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances (two application contexts, each with its own in-process locks) on one PostgreSQL schema:
 * concurrent outbound decisions for one customer, spread over both, pass the weekly cap of one exactly once. Needs
 * PostgreSQL at 127.0.0.1:5432 (database {@code test}).
 */
class TwoInstancesCapTests {

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static String schema;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() throws Exception {
		schema = "caps_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		execute("CREATE SCHEMA " + schema);
		first = instance();
		second = instance();
	}

	@AfterAll
	static void stop() throws Exception {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	@Test
	void concurrentDecisionsOnTwoInstancesPassACapOfOneOnce() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<DecisionService> services = List.of(first.getBean(DecisionService.class),
				second.getBean(DecisionService.class));
		String customer = "C-TWO-" + UUID.randomUUID();
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<DecisionResponse>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				DecisionService service = services.get(i % 2);
				answers.add(pool.submit(() -> {
					start.await();
					return Answers.decision(json, service.decideAndWait(HistoryRequests.parsed(json, customer,
							Instant.parse("2026-11-22T10:00:00Z"), "EMAIL")));
				}));
			}
			start.countDown();
			int offers = 0;
			int capped = 0;
			for (Future<DecisionResponse> answer : answers) {
				DecisionResponse decision = answer.get();
				offers += decision.offers().size();
				capped += (int) decision.suppressed().stream()
					.filter(s -> s.reason() == com.offertiming.facts.Reason.FREQUENCY_CAP).count() > 0 ? 1 : 0;
			}
			assertThat(offers).isEqualTo(1);
			assertThat(capped).isEqualTo(threads - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(OfferTimingApplication.class).web(WebApplicationType.NONE)
			// Command-line arguments: they win over application.properties, as on a real replica.
			.run("--spring.datasource.url=" + POSTGRES + "?currentSchema=" + schema,
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
					"--offers.rules.watch=false", "--spring.jmx.enabled=false");
	}

	private static void execute(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
