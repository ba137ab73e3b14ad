package com.offertiming.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures, not a test (surefire does not pick it up): the decision time of a customer with a heavy stored history
 * (300 outbound decisions in the last 19 days, 2,000 reported outcomes within the lookback) against a customer with none, as dry runs (the same
 * history read, no commit). Run: {@code ./mvnw -q test -Dtest=HistoryLatencyMeasurement}.
 */
@SpringBootTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:sqlite:target/history-latency-${random.uuid}.db?journal_mode=WAL&synchronous=OFF",
		"offers.rules.watch=false" })
class HistoryLatencyMeasurement {

	@Autowired
	private DecisionService decisions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private com.offertiming.history.ContactHistory history;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void measure() {
		Instant now = Instant.parse("2026-11-22T10:00:00Z");
		for (int i = 300; i > 0; i--) {
			decisions.decideAndWait(HistoryRequests.parsed(json, "C-HEAVY", now.minus(Duration.ofMinutes(90L * i)), "EMAIL"));
		}
		for (int i = 0; i < 2000; i++) {
			jdbc.sql("INSERT INTO offer_outcome (decision_id, offer_index, stage, outcome, customer_id, product_id, "
					+ "offer_type, offer_channel, channel, outcome_at, decided_at, recorded_at) VALUES (:d, 0, 'FINAL', "
					+ "'DECLINED', 'C-HEAVY', 'TV-STAND', 'CROSS_SELL', 'WEB', 'WEB', :at, :at, :at)")
				.param("d", "seed-" + i)
				.param("at", now.minus(Duration.ofHours(i * 4L + 1)).toEpochMilli())
				.update();
		}
		for (String customer : new String[] { "C-NONE", "C-HEAVY", "C-NONE", "C-HEAVY" }) {
			long[] micros = new long[300];
			for (int i = 0; i < micros.length; i++) {
				DecisionRequest request = HistoryRequests.parsed(json, customer, now, "EMAIL");
				DecisionRequest dry = new DecisionRequest(null, true, request.customer(), request.holdings(),
						request.event(), request.contactHistory());
				long start = System.nanoTime();
				decisions.decideAndWait(dry);
				micros[i] = (System.nanoTime() - start) / 1000;
			}
			Arrays.sort(micros);
			System.out.printf("MEASURED %s: decision median %d us, p90 %d us%n", customer, micros[150], micros[270]);
			for (int i = 0; i < micros.length; i++) {
				long start = System.nanoTime();
				history.storedFor(customer, now);
				micros[i] = (System.nanoTime() - start) / 1000;
			}
			Arrays.sort(micros);
			System.out.printf("MEASURED %s: history read (%d contacts) median %d us, p90 %d us%n", customer,
					history.storedFor(customer, now).size(), micros[150], micros[270]);
		}
	}

}
