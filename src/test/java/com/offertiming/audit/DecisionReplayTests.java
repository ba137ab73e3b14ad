package com.offertiming.audit;

import com.offertiming.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.offertiming.OfferTimingApplication;
import com.offertiming.ruleset.ActiveRuleset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay on two archived versions: the fixture ruleset (active here) and a copy that offers an HDMI cable instead,
 * archived beforehand by starting the application once on that copy with the same store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "offers.rules.directory=src/test/resources/rulesets/minimal")
class DecisionReplayTests {

	private static final Path STORE = Path.of("target", "decision-replay-tests.db");

	@TempDir
	static Path changedRules;

	private static String changedVersion;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private ActiveRuleset rules;

	private RestClient http;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("offers.store.file", STORE::toString);
	}

	@BeforeAll
	static void archiveAChangedVersion() throws IOException {
		TestStores.freshSqlite("decision-replay-tests");
		String drl = Files.readString(Path.of("src/test/resources/rulesets/minimal/offers.drl"));
		Files.writeString(changedRules.resolve("offers.drl"), drl.replace("\"CABLE\"", "\"HDMI-CABLE\""));
		try (ConfigurableApplicationContext changed = new SpringApplicationBuilder(OfferTimingApplication.class)
			.web(WebApplicationType.NONE)
			.run("--offers.rules.directory=" + changedRules, "--offers.store.file=" + STORE)) {
			changedVersion = changed.getBean(ActiveRuleset.class).current().version();
		}
	}

	@BeforeEach
	void client() {
		http = TestKeys.client(port);
	}

	@Test
	void aDecisionReplayedOnItsOwnVersionIsIdentical() {
		String decisionId = decide();

		JsonNode replay = replay(decisionId, "");
		assertThat(replay.get("outcome").asString()).isEqualTo("identical");
		assertThat(replay.get("replayedVersion").asString()).isEqualTo(rules.current().version());
		assertThat(replay.has("differences")).isFalse();
	}

	@Test
	void aDecisionReplayedOnAChangedVersionShowsWhatWouldDiffer() {
		String decisionId = decide();

		JsonNode replay = replay(decisionId, "?version=" + changedVersion);
		assertThat(replay.get("outcome").asString()).isEqualTo("different");
		assertThat(replay.get("recordedVersion").asString()).isEqualTo(rules.current().version());
		assertThat(replay.get("replayedVersion").asString()).isEqualTo(changedVersion);
		JsonNode difference = replay.get("differences").get(0);
		assertThat(replay.get("differences")).hasSize(1);
		assertThat(difference.get("part").asString()).isEqualTo("offers");
		assertThat(difference.get("recorded").get(0).get("productId").asString()).isEqualTo("CABLE");
		assertThat(difference.get("replayed").get(0).get("productId").asString()).isEqualTo("HDMI-CABLE");
	}

	@Test
	void aReplayStoresNothing() {
		String decisionId = decide();
		long before = records();

		replay(decisionId, "?version=" + changedVersion);
		replay(decisionId, "");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void aReplayOnAnUnknownVersionIsNotFound() {
		ResponseEntity<String> answer = post("/v1/decisions/" + decide() + "/replay?version=nope");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json.readTree(answer.getBody()).get("detail").asString()).contains("nope");
	}

	@Test
	void aReplayOfAnUnknownDecisionIsNotFound() {
		assertThat(post("/v1/decisions/nope/replay").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aChainNeverPurgedVerifiesFromItsFirstRecordAndSaysNothingOfPurging() {
		decide();

		JsonNode report = json.readTree(http.get().uri("/v1/audit/verify").retrieve().body(String.class));
		assertThat(report.get("valid").asBoolean()).isTrue();
		assertThat(report.get("firstSeq").asLong()).isEqualTo(1);
		assertThat(report.has("purgedBefore")).isFalse();
	}

	private String decide() {
		// No event time: a replay must decide at the stored decision time, not at its own.
		String body = http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"customer": {"id": "C-replay"},
					 "event": {"type": "CHECKOUT", "channel": "WEB", "productIds": ["TV-55"]}}
					""")
			.retrieve().body(String.class);
		return json.readTree(body).get("decisionId").asString();
	}

	private JsonNode replay(String decisionId, String query) {
		ResponseEntity<String> answer = post("/v1/decisions/" + decisionId + "/replay" + query);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	private ResponseEntity<String> post(String path) {
		return http.post().uri(path).retrieve().onStatus(status -> true, (request, response) -> {
		}).toEntity(String.class);
	}

	private long records() {
		return jdbc.sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single();
	}

}
