package com.offertiming.decision;

import com.offertiming.TestKeys;
import com.offertiming.security.SecurityConfiguration;
import org.springframework.context.annotation.Import;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.offertiming.ruleset.RuleSource;
import com.offertiming.ruleset.RulesRanAway;
import com.offertiming.web.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DecisionController.class)
@Import(SecurityConfiguration.class)
class DecisionControllerTests {

	private static final String VALID = """
			{"customer": {"id": "C-1", "nps": 9}, "event": {"type": "CHECKOUT", "at": "2026-11-22T10:00:00Z"}}
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@MockitoBean
	private DecisionService decisions;

	@MockitoBean
	private BatchDecisions batch;

	@MockitoBean
	private AnswersAtCommit answers;

	@BeforeEach
	void decideSomething() {
		given(decisions.decide(any())).willReturn(CompletableFuture.completedFuture(DecisionAnswer.of(json,
				new DecisionResponse("d-1", null, "C-1", "v1", Instant.parse("2026-11-22T10:00:00Z"), false, null,
						List.of(), List.of(), List.of(), List.of()))));
	}

	@Test
	void aDecisionWaitingForItsCommitIsLeftToBeAnsweredAtTheCommit() throws Exception {
		CompletableFuture<DecisionAnswer> committing = new CompletableFuture<>();
		given(decisions.decide(any())).willReturn(committing);
		post(VALID).andExpect(status().isOk()).andExpect(content().bytes(new byte[0]));
		verify(answers).answerAtCommit(eq(committing), any(), any());
	}

	@Test
	void aDecisionRefusedByTheTrailAtOnceIsAnsweredWithItsProblem() throws Exception {
		ErrorResponseException full = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
		full.setDetail("The decision trail has more decisions waiting than it holds; retry");
		given(decisions.decide(any())).willReturn(CompletableFuture.failedFuture(full));
		problem(post(VALID), 503).andExpect(jsonPath("$.detail").value(full.getBody().getDetail()));
		verifyNoInteractions(answers);
	}

	@Test
	void aValidRequestGetsADecision() throws Exception {
		post(VALID).andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionId").value("d-1"))
			.andExpect(jsonPath("$.rulesetVersion").value("v1"));
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		problem(post("{\"customer\": {"), 400)
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is not valid JSON")));
	}

	@Test
	void anEmptyBodyIsABadRequest() throws Exception {
		field(post(""), "$").andExpect(jsonPath("$.errors[0].message").value("is required: a JSON body"));
	}

	@Test
	void aMissingCustomerIdIsNamed() throws Exception {
		field(post("{\"customer\": {}, \"event\": {\"type\": \"CHECKOUT\"}}"), "customer.id");
	}

	@Test
	void aMissingCustomerIsNamed() throws Exception {
		field(post("{\"event\": {\"type\": \"CHECKOUT\"}}"), "customer");
	}

	@Test
	void aMissingEventTypeIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\"}, \"event\": {}}"), "event.type");
	}

	@Test
	void anUnknownEnumValueIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\"}, \"event\": {\"type\": \"TELEPATHY\"}}"), "event.type")
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be one of CHECKOUT")));
	}

	@Test
	void anUnknownChannelInHistoryIsNamedWithItsIndex() throws Exception {
		field(post("""
				{"customer": {"id": "C-1"}, "event": {"type": "CHECKOUT"},
				 "contactHistory": [{"at": "2026-01-01T00:00:00Z", "channel": "PIGEON"}]}
				"""), "contactHistory[0].channel");
	}

	@Test
	void npsOutsideZeroToTenIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\", \"nps\": 11}, \"event\": {\"type\": \"CHECKOUT\"}}"),
				"customer.nps");
	}

	@Test
	void aFractionalNpsIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\", \"nps\": 8.5}, \"event\": {\"type\": \"CHECKOUT\"}}"),
				"customer.nps");
	}

	@Test
	void aNegativeCountIsNamed() throws Exception {
		field(post("""
				{"customer": {"id": "C-1", "purchases": {"count12m": -1}}, "event": {"type": "CHECKOUT"}}
				"""), "customer.purchases.count12m");
	}

	@Test
	void aNegativeAmountIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\", \"budget\": -5}, \"event\": {\"type\": \"CHECKOUT\"}}"),
				"customer.budget");
	}

	@Test
	void aDateThatDoesNotParseIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\", \"since\": \"2024-13-45\"}, \"event\": {\"type\": \"CHECKOUT\"}}"),
				"customer.since")
			.andExpect(jsonPath("$.errors[0].message").value("must be a date like 2026-11-22"));
	}

	@Test
	void anEventTimeThatDoesNotParseIsNamed() throws Exception {
		field(post("{\"customer\": {\"id\": \"C-1\"}, \"event\": {\"type\": \"CHECKOUT\", \"at\": \"yesterday\"}}"),
				"event.at");
	}

	@Test
	void usageAboveAnySaneBoundIsNamed() throws Exception {
		field(post("""
				{"customer": {"id": "C-1"}, "event": {"type": "CHECKOUT"},
				 "holdings": [{"productId": "SAAS-BASIC", "usage": {"used": 99999999999, "limit": 50}}]}
				"""), "holdings[0].usage.used");
	}

	@Test
	void aZeroUsageLimitIsNamed() throws Exception {
		field(post("""
				{"customer": {"id": "C-1"}, "event": {"type": "CHECKOUT"},
				 "holdings": [{"productId": "SAAS-BASIC", "usage": {"used": 1, "limit": 0}}]}
				"""), "holdings[0].usage.limit");
	}

	@Test
	void aBodyOverOneMebibyteIsTooLarge() throws Exception {
		String padding = "x".repeat(1024 * 1024);
		problem(post("{\"customer\": {\"id\": \"C-1\", \"pad\": \"" + padding + "\"}, \"event\": {\"type\": \"CHECKOUT\"}}"),
				413);
	}

	@Test
	void factsTheServiceRefusesAreNamed() throws Exception {
		given(decisions.decide(any())).willThrow(new InvalidInput("contactHistory[0].at", "is after event.at"));

		field(post(VALID), "contactHistory[0].at");
	}

	@Test
	void aRuleThatRanAwayIsAServerProblemNamingTheRule() throws Exception {
		given(decisions.decide(any())).willThrow(new RulesRanAway("EventKeepsBeingUpdated",
				new RuleSource("profile/loop.drl", null, null, 6, null), 9_990, 10_001, "EventKeepsBeingUpdated",
				"the limit of 10000 firings (offers.rules.max-firings)"));

		problem(post(VALID), 500).andExpect(jsonPath("$.rule").value("EventKeepsBeingUpdated"))
			.andExpect(jsonPath("$.source.file").value("profile/loop.drl"))
			.andExpect(jsonPath("$.source.line").value(6))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"Rule \"EventKeepsBeingUpdated\" (profile/loop.drl line 6) fired 9990 of 10001 firings")));
	}

	private ResultActions post(String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/v1/decisions").with(TestKeys.app())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status));
	}

	private static ResultActions field(ResultActions result, String field) throws Exception {
		return problem(result, 400).andExpect(jsonPath("$.errors[0].field").value(field));
	}

}
