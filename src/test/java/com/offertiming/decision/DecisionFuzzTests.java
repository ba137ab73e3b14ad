package com.offertiming.decision;

import com.offertiming.TestKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.offertiming.BrokenJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Throws 10,000 generated and mutated requests at the decision endpoint, on the real rules: the service never fails
 * (no 5xx), and every refusal is a problem document naming the field. The seed is fixed, so a failure replays.
 */
@SpringBootTest
@AutoConfigureMockMvc
// Durability is not what this test is about: commits without a disk sync keep it fast.
@TestPropertySource(properties = "spring.datasource.url=jdbc:sqlite:target/fuzz-tests-${random.uuid}.db?journal_mode=WAL&synchronous=OFF")
class DecisionFuzzTests {

	private static final int REQUESTS = 10_000;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> WORDS = List.of("CHECKOUT", "UPSELL", "EMAIL", "POSITIVE", "BUSINESS",
			"PRESENTED", "TELEPATHY", "", " ", "2026-11-22", "2026-11-22T10:00:00Z", "2024-13-45", "null", "\u0000",
			"=cmd()", "SAAS-BASIC", "é漢字");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void tenThousandMutatedRequestsNeverBreakTheService() throws Exception {
		Random random = new Random(20261124L);
		JsonNode seed = json.readTree(new ClassPathResource("requests/saas-usage-near-limit.json").getInputStream());
		int accepted = 0;
		Set<String> answered = new HashSet<>();
		long storedBefore = storedDecisions();
		for (int i = 0; i < REQUESTS; i++) {
			String body = mutate(seed.deepCopy(), random);
			MockHttpServletResponse response = mvc
				.perform(post("/v1/decisions").with(TestKeys.app()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			int status = response.getStatus();
			assertThat(status).as("status for %s", body).isLessThan(500);
			if (status == 200) {
				accepted++;
				answered.add(json.readTree(response.getContentAsString()).path("decisionId").asString());
				continue;
			}
			assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonNode problem = json.readTree(response.getContentAsString());
			assertThat(problem.path("detail").asString()).as(body).isNotBlank();
			if (status == 400) {
				assertThat(problem.path("errors").path(0).path("field").asString()).as(body).isNotBlank();
			}
		}
		// A repeated requestId is answered with the stored decision, so count the decisions answered.
		assertThat(storedDecisions() - storedBefore).as("one record per decision answered, none for a rejection")
			.isEqualTo(answered.size());
		// The mutations must leave a fair share valid, or the test would only exercise the parser.
		assertThat(accepted).isBetween(REQUESTS / 20, REQUESTS - REQUESTS / 20);
	}

	private long storedDecisions() {
		return jdbc.sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single();
	}

	private String mutate(JsonNode request, Random random) {
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations; m++) {
			List<Slot> slots = new ArrayList<>();
			collect(request, slots);
			Slot slot = slots.get(random.nextInt(slots.size()));
			switch (random.nextInt(4)) {
				case 0 -> slot.remove();
				case 1 -> slot.replace(randomValue(random));
				case 2 -> slot.parentAdd("extra" + random.nextInt(100), randomValue(random));
				default -> slot.replace(slot.value());
			}
		}
		String text = json.writeValueAsString(request);
		return BrokenJson.sometimes(text, random);
	}

	private static JsonNode randomValue(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.stringNode(WORDS.get(random.nextInt(WORDS.size())));
			case 2 -> NODES.numberNode(-1 - random.nextInt(1000));
			case 3 -> NODES.numberNode(random.nextLong());
			case 4 -> NODES.numberNode(random.nextInt(20));
			case 5 -> NODES.numberNode(random.nextDouble() * 100);
			case 6 -> NODES.booleanNode(random.nextBoolean());
			case 7 -> NODES.arrayNode();
			case 8 -> NODES.objectNode();
			case 9 -> NODES.stringNode("x".repeat(random.nextInt(5000)));
			case 10 -> {
				ArrayNode many = NODES.arrayNode();
				for (int i = 0, n = random.nextInt(1500); i < n; i++) {
					many.add("P-" + i);
				}
				yield many;
			}
			default -> NODES.stringNode(String.valueOf(random.nextInt()));
		};
	}

	/** A place in the tree: a field of an object or an element of an array. */
	private record Slot(JsonNode parent, String field, int index) {

		JsonNode value() {
			return field != null ? parent.get(field) : parent.get(index);
		}

		void remove() {
			if (field != null) {
				((ObjectNode) parent).remove(field);
			}
			else {
				((ArrayNode) parent).remove(index);
			}
		}

		void replace(JsonNode value) {
			if (field != null) {
				((ObjectNode) parent).set(field, value);
			}
			else {
				((ArrayNode) parent).set(index, value);
			}
		}

		void parentAdd(String name, JsonNode value) {
			if (parent instanceof ObjectNode object) {
				object.set(name, value);
			}
			else {
				((ArrayNode) parent).add(value);
			}
		}

	}

	private static void collect(JsonNode node, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				slots.add(new Slot(object, name, -1));
				collect(object.get(name), slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i));
				collect(array.get(i), slots);
			}
		}
	}

}
