package com.offertiming.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import com.offertiming.TestKeys;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Throttles that remember, on the real rules: the stored decisions and the outcomes reported for them feed the
 * frequency caps and cool-downs of later decisions; a dry run leaves no trace; concurrent decisions for one customer
 * pass a cap of one once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestKeys.EveryRequestInItsRole.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:sqlite:target/history-tests-${random.uuid}.db?journal_mode=WAL&synchronous=OFF&busy_timeout=10000",
		"offers.rules.watch=false" })
class ContactHistoryTests {

	static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DecisionService decisions;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDeclineReportedAsAnOutcomeCoolsTheOfferTypeDownForThirtyDays() throws Exception {
		JsonNode first = decide("C-DECLINE", T0, "WEB");
		assertThat(offers(first)).containsExactly("UPSELL PHONE-PRO");
		String decisionId = first.path("decisionId").asString();
		assertThat(outcome(decisionId, "PHONE-PRO", "UPSELL", "DECLINED", T0.plus(Duration.ofHours(1))).getStatus())
			.isEqualTo(201);

		JsonNode inside = decide("C-DECLINE", T0.plus(Duration.ofDays(10)), "WEB");
		assertThat(offers(inside)).isEmpty();
		assertThat(suppressed(inside)).contains("PHONE-PRO DECLINE_COOLDOWN");

		JsonNode after = decide("C-DECLINE", T0.plus(Duration.ofDays(40)), "WEB");
		assertThat(suppressed(after)).noneMatch(s -> s.endsWith("DECLINE_COOLDOWN"));
		assertThat(offers(after)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void anOutboundOfferFillsTheWeeklyCapOfItsChannel() throws Exception {
		JsonNode first = decide("C-CAP", T0, "EMAIL");
		assertThat(offers(first)).containsExactly("UPSELL PHONE-PRO");

		JsonNode second = decide("C-CAP", T0.plus(Duration.ofDays(3)), "EMAIL");
		assertThat(offers(second)).isEmpty();
		assertThat(suppressed(second)).contains("PHONE-PRO FREQUENCY_CAP");

		JsonNode nextWeek = decide("C-CAP", T0.plus(Duration.ofDays(40)), "EMAIL");
		assertThat(suppressed(nextWeek)).noneMatch(s -> s.endsWith("FREQUENCY_CAP"));
	}

	@Test
	void anInboundOfferCountsOnlyOnceItIsReportedPresented() throws Exception {
		JsonNode first = decide("C-INBOUND", T0, "WEB");
		assertThat(offers(first)).containsExactly("UPSELL PHONE-PRO");
		// Not presented yet: a second look the next day is still a moment for the upsell.
		assertThat(offers(decide("C-INBOUND", T0.plus(Duration.ofDays(1)), "WEB"))).containsExactly("UPSELL PHONE-PRO");

		JsonNode third = decide("C-INBOUND", T0.plus(Duration.ofDays(2)), "WEB");
		outcome(third.path("decisionId").asString(), "PHONE-PRO", "UPSELL", "PRESENTED",
				T0.plus(Duration.ofDays(2)).plusSeconds(5));
		assertThat(suppressed(decide("C-INBOUND", T0.plus(Duration.ofDays(3)), "WEB")))
			.contains("PHONE-PRO CHAINED_UPSELL");
	}

	@Test
	void anAcceptedUpsellHoldsFurtherUpsellsUntilItsFollowUpWasSent() throws Exception {
		String id = decide("C-FOLLOW", T0, "WEB").path("decisionId").asString();
		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "ACCEPTED", T0.plusSeconds(300)).getStatus()).isEqualTo(201);

		assertThat(suppressed(decide("C-FOLLOW", T0.plus(Duration.ofDays(5)), "WEB")))
			.contains("PHONE-PRO FOLLOW_UP_PENDING");
		JsonNode due = decide("C-FOLLOW", T0.plus(Duration.ofDays(31)), "EMAIL");
		assertThat(due.path("actions").toString()).contains("FOLLOW_UP");

		JsonNode after = decide("C-FOLLOW", T0.plus(Duration.ofDays(32)), "WEB");
		assertThat(suppressed(after)).noneMatch(s -> s.endsWith("FOLLOW_UP_PENDING"));
		assertThat(after.path("actions").toString()).doesNotContain("FOLLOW_UP");
	}

	@Test
	void aDryRunChangesNothing() throws Exception {
		long records = count("decision_record");
		long outcomes = count("offer_outcome");
		JsonNode dry = decide("C-DRY", T0, "EMAIL", true);
		assertThat(dry.path("dryRun").asBoolean()).isTrue();
		assertThat(offers(dry)).containsExactly("UPSELL PHONE-PRO");
		assertThat(dry.path("trace").size()).isPositive();
		assertThat(count("decision_record")).isEqualTo(records);
		assertThat(count("offer_outcome")).isEqualTo(outcomes);
		assertThat(mvc.perform(get("/v1/decisions/" + dry.path("decisionId").asString() + "/outcomes")).andReturn()
			.getResponse().getStatus()).isEqualTo(404);

		JsonNode real = decide("C-DRY", T0.plusSeconds(60), "EMAIL");
		assertThat(offers(real)).containsExactly("UPSELL PHONE-PRO");
	}

	@Test
	void concurrentOutboundDecisionsForOneCustomerPassACapOfOneOnce() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<DecisionResponse>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					DecisionRequest request = HistoryRequests.parsed(json, "C-RACE", T0, "EMAIL");
					return Answers.decision(json, decisions.decideAndWait(request));
				}));
			}
			start.countDown();
			int offers = 0;
			for (Future<DecisionResponse> answer : answers) {
				offers += answer.get().offers().size();
			}
			assertThat(offers).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void outcomesAreCheckedAgainstTheDecisionAndTheOfferStateMachine() throws Exception {
		JsonNode decision = decide("C-OUTCOMES", T0, "WEB");
		String id = decision.path("decisionId").asString();

		assertProblem(outcome("no-such-decision", "PHONE-PRO", "UPSELL", "ACCEPTED", T0), 404);
		assertProblem(outcome(id, "TV-STAND", "UPSELL", "ACCEPTED", T0), 404);
		assertProblem(outcome(id, "PHONE-PRO", "CROSS_SELL", "ACCEPTED", T0), 404);
		assertThat(assertProblem(outcome(id, "PHONE-PRO", "UPSELL", "PRESENTED", T0.minusSeconds(1)), 422)
			.path("errors").path(0).path("field").asString()).isEqualTo("at");

		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "PRESENTED", T0.plusSeconds(10)).getStatus()).isEqualTo(201);
		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "DECLINED", T0.plusSeconds(60)).getStatus()).isEqualTo(201);
		MockHttpServletResponse repeat = outcome(id, "PHONE-PRO", "UPSELL", "DECLINED", T0.plusSeconds(90));
		assertThat(repeat.getStatus()).isEqualTo(200);
		assertThat(json.readTree(repeat.getContentAsString()).path("at").asString())
			.as("the repeat answers the outcome stored first").isEqualTo(T0.plusSeconds(60).toString());
		assertThat(assertProblem(outcome(id, "PHONE-PRO", "UPSELL", "ACCEPTED", T0.plusSeconds(120)), 422)
			.path("detail").asString()).contains("ACCEPTED after DECLINED");
		assertProblem(outcome(id, "PHONE-PRO", "UPSELL", "PRESENTED", T0.plusSeconds(120)), 422);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM offer_outcome WHERE decision_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(2);

		JsonNode listed = json.readTree(mvc.perform(get("/v1/decisions/" + id + "/outcomes")).andReturn().getResponse()
			.getContentAsString());
		assertThat(listed.path("offers").path(0).path("state").asString()).isEqualTo("DECLINED");
		assertThat(listed.path("offers").path(0).path("outcomes").size()).isEqualTo(2);
		assertProblem(mvcGet("/v1/decisions/nope/outcomes"), 404);
	}

	@Test
	void anIgnoredOfferMayStillBeAcceptedButNotPresentedAgain() throws Exception {
		String id = decide("C-IGNORED", T0, "EMAIL").path("decisionId").asString();
		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "IGNORED", T0.plusSeconds(3600)).getStatus()).isEqualTo(201);
		assertProblem(outcome(id, "PHONE-PRO", "UPSELL", "PRESENTED", T0.plusSeconds(7200)), 422);
		assertProblem(outcome(id, "PHONE-PRO", "UPSELL", "ACCEPTED", T0.plusSeconds(60)), 422);
		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "ACCEPTED", T0.plusSeconds(7200)).getStatus()).isEqualTo(201);
		assertThat(outcome(id, "PHONE-PRO", "UPSELL", "ACCEPTED", T0.plusSeconds(7200)).getStatus()).isEqualTo(200);
	}

	@Test
	void badOutcomeInputIsABadRequestNamingTheField() throws Exception {
		String id = decide("C-BAD", T0, "WEB").path("decisionId").asString();
		assertField(postOutcome(id, "{\"productId\": \"PHONE-PRO\", \"type\": \"UPSELL\", \"at\": \"" + T0 + "\"}"),
				"outcome");
		assertField(postOutcome(id, "{\"productId\": \"PHONE-PRO\", \"type\": \"UPSELL\", \"outcome\": \"MAYBE\", "
				+ "\"at\": \"" + T0 + "\"}"), "outcome");
		assertField(postOutcome(id, "{\"productId\": \"PHONE-PRO\", \"type\": \"UPSELL\", \"outcome\": \"ACCEPTED\", "
				+ "\"at\": \"yesterday\"}"), "at");
		assertField(postOutcome(id, "{\"type\": \"UPSELL\", \"outcome\": \"ACCEPTED\", \"at\": \"" + T0 + "\"}"),
				"productId");
		assertField(postOutcome(id, ""), "$");
	}

	@Test
	void aBatchAnswersEachEntryOnItsOwnLineAndABadEntryDoesNotFailTheOthers() throws Exception {
		String good = HistoryRequests.phoneViewed("C-BATCH-1", T0, "EMAIL", false);
		String bad = HistoryRequests.phoneViewed("C-BATCH-2", T0, "EMAIL", false).replace("\"nps\": 8", "\"nps\": 11");
		String keyed = HistoryRequests.phoneViewed("C-BATCH-3", T0, "WEB", false)
			.replaceFirst("\\{", "{\"requestId\": \"batch-keyed-1\",");
		String body = "[" + good + "," + bad + ", 42," + keyed + "]";
		long records = count("decision_record");

		List<JsonNode> lines = batch(body);

		assertThat(lines).hasSize(4);
		assertThat(offers(lines.get(0))).containsExactly("UPSELL PHONE-PRO");
		assertThat(lines.get(1).path("index").asInt()).isEqualTo(1);
		assertThat(lines.get(1).path("status").asInt()).isEqualTo(400);
		assertThat(lines.get(1).path("errors").path(0).path("field").asString()).isEqualTo("customer.nps");
		assertThat(lines.get(2).path("index").asInt()).isEqualTo(2);
		assertThat(lines.get(2).path("errors").path(0).path("field").asString()).isEqualTo("$");
		assertThat(lines.get(3).path("requestId").asString()).isEqualTo("batch-keyed-1");
		assertThat(count("decision_record")).isEqualTo(records + 2);

		// The same list again: stored, idempotent and throttled like single requests.
		List<JsonNode> again = batch(body);
		assertThat(suppressed(again.get(0))).contains("PHONE-PRO FREQUENCY_CAP");
		assertThat(again.get(3).path("decisionId").asString()).isEqualTo(lines.get(3).path("decisionId").asString());
		assertThat(count("decision_record")).isEqualTo(records + 3);
	}

	@Test
	void aBatchOfMoreThanTenThousandIsRefusedWhole() throws Exception {
		String body = "[" + String.join(",", java.util.Collections.nCopies(10_001, "{}")) + "]";
		assertProblem(mvc.perform(post("/v1/decisions/batch").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse(), 413);
		assertField(mvc.perform(post("/v1/decisions/batch").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andReturn().getResponse(), "$");
	}

	private List<JsonNode> batch(String body) throws Exception {
		org.springframework.test.web.servlet.MvcResult started = mvc
			.perform(post("/v1/decisions/batch").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		MockHttpServletResponse response = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/x-ndjson");
		List<JsonNode> lines = new ArrayList<>();
		for (String line : response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
			lines.add(json.readTree(line));
		}
		return lines;
	}

	private MockHttpServletResponse postOutcome(String decisionId, String body) throws Exception {
		return mvc.perform(post("/v1/decisions/" + decisionId + "/outcomes").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
	}

	private MockHttpServletResponse mvcGet(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	private JsonNode assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(response.getContentAsString());
	}

	private void assertField(MockHttpServletResponse response, String field) throws Exception {
		assertThat(assertProblem(response, 400).path("errors").path(0).path("field").asString()).isEqualTo(field);
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private JsonNode decide(String customer, Instant at, String channel) throws Exception {
		return decide(customer, at, channel, false);
	}

	private JsonNode decide(String customer, Instant at, String channel, boolean dryRun) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/v1/decisions").contentType(MediaType.APPLICATION_JSON)
				.content(HistoryRequests.phoneViewed(customer, at, channel, dryRun)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}

	private MockHttpServletResponse outcome(String decisionId, String productId, String type, String outcome,
			Instant at) throws Exception {
		return mvc
			.perform(post("/v1/decisions/" + decisionId + "/outcomes").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"productId": "%s", "type": "%s", "outcome": "%s", "at": "%s"}
						""".formatted(productId, type, outcome, at)))
			.andReturn()
			.getResponse();
	}

	static List<String> offers(JsonNode decision) {
		List<String> offers = new ArrayList<>();
		decision.path("offers").forEach(o -> offers.add(o.path("type").asString() + " " + o.path("productId").asString()));
		return offers;
	}

	static List<String> suppressed(JsonNode decision) {
		List<String> suppressed = new ArrayList<>();
		decision.path("suppressed")
			.forEach(s -> suppressed.add(s.path("productId").asString() + " " + s.path("reason").asString()));
		return suppressed;
	}

}
