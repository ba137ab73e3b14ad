package com.offertiming.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The effectiveness report against a hand count of a small seeded history: five customers view PHONE-STD (a
 * consideration moment for the PHONE-PRO upsell); four of the decisions fall in the range.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestKeys.EveryRequestInItsRole.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:sqlite:target/effectiveness-tests-${random.uuid}.db?journal_mode=WAL&synchronous=OFF",
		"offers.rules.watch=false" })
class EffectivenessReportTests {

	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theFiguresMatchAHandCount() throws Exception {
		// 1: outbound, presented by the decision, accepted. 2: inbound, never reported: offered, not presented.
		// 3: inbound, presented then declined. 4: outbound, ignored. 5: outside the range.
		JsonNode accepted = decide("C-E1", T0, "EMAIL");
		decide("C-E2", T0, "WEB");
		JsonNode declined = decide("C-E3", T0, "WEB");
		JsonNode ignored = decide("C-E4", T0.plusSeconds(60), "SMS");
		decide("C-E5", T0.plus(Duration.ofDays(3)), "EMAIL");
		outcome(accepted, "ACCEPTED", T0.plusSeconds(600));
		outcome(declined, "PRESENTED", T0.plusSeconds(10));
		outcome(declined, "DECLINED", T0.plusSeconds(20));
		outcome(ignored, "IGNORED", T0.plus(Duration.ofDays(2)));
		JsonNode offer = accepted.path("offers").path(0);
		long price = offer.path("price").asLong();
		String catalogRule = offer.path("proposedBy").path("rule").asString();
		String momentRule = offer.path("justifiedBy").path("rule").asString();
		assertThat(price).isPositive();

		JsonNode report = json.readTree(mvc.perform(get("/v1/reports/effectiveness?from=2026-11-22&to=2026-11-22"))
			.andReturn().getResponse().getContentAsString());

		JsonNode rows = report.path("rows");
		assertThat(rows.size()).isEqualTo(2);
		for (JsonNode row : rows) {
			assertThat(row.path("rule").asString())
				.isEqualTo(row.path("role").asString().equals("CATALOG") ? catalogRule : momentRule);
			assertThat(row.path("moment").asString()).isEqualTo("CONSIDERATION");
			assertThat(row.path("offerType").asString()).isEqualTo("UPSELL");
			assertThat(row.path("fired").asLong()).isEqualTo(4);
			assertThat(row.path("offered").asLong()).isEqualTo(4);
			assertThat(row.path("presented").asLong()).isEqualTo(3);
			assertThat(row.path("accepted").asLong()).isEqualTo(1);
			assertThat(row.path("declined").asLong()).isEqualTo(1);
			assertThat(row.path("acceptanceRate").asDouble()).isEqualTo(1.0 / 3);
			assertThat(row.path("revenue").asLong()).isEqualTo(price);
		}

		MockHttpServletResponse csv = mvc.perform(get("/v1/reports/effectiveness?from=2026-11-22&to=2026-11-22")
			.accept("text/csv")).andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		List<String> lines = csv.getContentAsString().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("role,rule,moment,offerType,fired,offered,presented,accepted,declined,"
				+ "acceptanceRate,revenue");
		assertThat(lines).contains("CATALOG," + com.offertiming.web.Csv.cell(catalogRule) + ",CONSIDERATION,UPSELL,4,4,3,1,1,"
				+ (1.0 / 3) + "," + price);
		assertThat(mvc.perform(get("/v1/reports/effectiveness?format=csv")).andReturn().getResponse()
			.getContentAsString().lines().count()).isEqualTo(3);
	}

	@Test
	void aCellThatASpreadsheetWouldRunIsNeutralised() {
		assertThat(com.offertiming.web.Csv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(com.offertiming.web.Csv.cell("+1")).isEqualTo("'+1");
		assertThat(com.offertiming.web.Csv.cell("-1,2")).isEqualTo("\"'-1,2\"");
		assertThat(com.offertiming.web.Csv.cell("@x")).isEqualTo("'@x");
	}

	@Test
	void badParametersAreNamed() throws Exception {
		for (String[] bad : new String[][] { { "from=yesterday", "from" }, { "to=2026-13-01", "to" },
				{ "from=2026-11-23&to=2026-11-21", "to" }, { "format=xml", "format" } }) {
			MockHttpServletResponse response = mvc.perform(get("/v1/reports/effectiveness?" + bad[0]).accept("text/csv"))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(json.readTree(response.getContentAsString()).path("errors").path(0).path("field").asString())
				.isEqualTo(bad[1]);
		}
	}

	private JsonNode decide(String customer, Instant at, String channel) throws Exception {
		String body = """
				{"customer": {"id": "%s", "kind": "CONSUMER", "since": "2024-11-22", "nps": 8, "marketingConsent": true,
				   "openComplaints": 0, "fullyCovered": false,
				   "purchases": {"lastAt": "2026-11-02", "count12m": 5, "spend12m": 40000, "totalCount": 9,
				                 "totalSpend": 70000, "firstAt": "2024-11-22"}},
				 "event": {"type": "PRODUCT_VIEWED", "at": "%s", "channel": "%s", "productIds": ["PHONE-STD"]}}
				""".formatted(customer, at, channel);
		MockHttpServletResponse response = mvc
			.perform(post("/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode decision = json.readTree(response.getContentAsString());
		assertThat(decision.path("offers").size()).isEqualTo(1);
		return decision;
	}

	private void outcome(JsonNode decision, String outcome, Instant at) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/v1/decisions/" + decision.path("decisionId").asString() + "/outcomes")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"productId": "PHONE-PRO", "type": "UPSELL", "outcome": "%s", "at": "%s"}
						""".formatted(outcome, at)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
	}

}
