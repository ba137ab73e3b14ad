package com.offertiming.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.offertiming.BrokenJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import com.offertiming.TestKeys;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Throws 3,000 generated and mutated outcomes at the outcome endpoint, for real decisions on the real rules: never a
 * 5xx; every refusal is a problem document, and every 400 and 422 names the field. The seed is fixed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestKeys.EveryRequestInItsRole.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:sqlite:target/outcome-fuzz-tests-${random.uuid}.db?journal_mode=WAL&synchronous=OFF",
		"offers.rules.watch=false" })
class OutcomeFuzzTests {

	private static final int REQUESTS = 3_000;

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> WORDS = List.of("PHONE-PRO", "UPSELL", "CROSS_SELL", "PRESENTED", "ACCEPTED",
			"DECLINED", "IGNORED", "EMAIL", "WEB", "TELEPATHY", "", " ", "2026-11-22", "2026-11-22T10:00:00Z",
			"2026-11-22T09:00:00Z", "2026-11-23T10:00:00+09:00", "2024-13-45", "null", "\u0000", "=cmd()", "é漢字");

	private static final List<String> FIELDS = List.of("productId", "type", "outcome", "at", "channel");

	@Autowired
	private MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void threeThousandMutatedOutcomesNeverBreakTheService() throws Exception {
		List<String> decisions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			decisions.add(decide("C-FUZZ-" + i, i % 2 == 0 ? "EMAIL" : "WEB"));
		}
		Random random = new Random(20261124L);
		Map<Integer, Integer> statuses = new HashMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			String decisionId = random.nextInt(20) == 0 ? WORDS.get(random.nextInt(WORDS.size())).trim() + "x"
					: decisions.get(random.nextInt(decisions.size()));
			String body = mutate(random);
			MockHttpServletResponse response = mvc
				.perform(post("/v1/decisions/{id}/outcomes", decisionId).contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse();
			int status = response.getStatus();
			statuses.merge(status, 1, Integer::sum);
			assertThat(status).as("status for %s", body).isLessThan(500);
			if (status < 300) {
				continue;
			}
			assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonNode problem = json.readTree(response.getContentAsString());
			assertThat(problem.path("detail").asString()).as(body).isNotBlank();
			if (status == 400 || status == 422) {
				assertThat(problem.path("errors").path(0).path("field").asString()).as(body).isNotBlank();
			}
		}
		// Every kind of answer was exercised: created, repeated, bad input, unknown, refused by the state machine.
		assertThat(statuses).containsKeys(200, 201, 400, 404, 422);
		for (String decisionId : decisions) {
			MockHttpServletResponse listed = mvc.perform(get("/v1/decisions/{id}/outcomes", decisionId)).andReturn()
				.getResponse();
			assertThat(listed.getStatus()).isEqualTo(200);
			JsonNode offer = json.readTree(listed.getContentAsString()).path("offers").path(0);
			// At most one outcome per stage, and a final one stands alone among the final ones.
			assertThat(offer.path("outcomes").size()).isLessThanOrEqualTo(3);
		}
	}

	private String mutate(Random random) {
		ObjectNode body = NODES.objectNode();
		body.put("productId", "PHONE-PRO");
		body.put("type", "UPSELL");
		body.put("outcome", List.of("PRESENTED", "ACCEPTED", "DECLINED", "IGNORED").get(random.nextInt(4)));
		body.put("at", T0.plusSeconds(random.nextInt(7200) - 600).toString());
		if (random.nextBoolean()) {
			body.put("channel", "WEB");
		}
		for (int m = random.nextInt(3); m > 0; m--) {
			String field = random.nextInt(10) == 0 ? "extra" + random.nextInt(10)
					: FIELDS.get(random.nextInt(FIELDS.size()));
			if (random.nextInt(3) == 0) {
				body.remove(field);
			}
			else {
				body.set(field, randomValue(random));
			}
		}
		String text = json.writeValueAsString(random.nextInt(40) == 0 ? NODES.arrayNode().add(body) : body);
		return BrokenJson.sometimes(text, random);
	}

	private static JsonNode randomValue(Random random) {
		return switch (random.nextInt(9)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.numberNode(random.nextLong());
			case 2 -> NODES.numberNode(random.nextDouble());
			case 3 -> NODES.booleanNode(random.nextBoolean());
			case 4 -> NODES.arrayNode();
			case 5 -> NODES.objectNode();
			case 6 -> NODES.stringNode("x".repeat(random.nextInt(500)));
			default -> NODES.stringNode(WORDS.get(random.nextInt(WORDS.size())));
		};
	}

	private String decide(String customer, String channel) throws Exception {
		String body = """
				{"customer": {"id": "%s", "kind": "CONSUMER", "since": "2024-11-22", "nps": 8, "marketingConsent": true,
				   "purchases": {"lastAt": "2026-11-02", "count12m": 5, "spend12m": 40000, "totalCount": 9,
				                 "totalSpend": 70000, "firstAt": "2024-11-22"}},
				 "event": {"type": "PRODUCT_VIEWED", "at": "%s", "channel": "%s", "productIds": ["PHONE-STD"]}}
				""".formatted(customer, T0, channel);
		MockHttpServletResponse response = mvc
			.perform(post("/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		JsonNode decision = json.readTree(response.getContentAsString());
		assertThat(decision.path("offers").size()).isEqualTo(1);
		return decision.path("decisionId").asString();
	}

}
