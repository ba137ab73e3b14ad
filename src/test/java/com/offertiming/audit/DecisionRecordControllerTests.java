package com.offertiming.audit;

import com.offertiming.TestKeys;
import com.offertiming.security.SecurityConfiguration;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DecisionRecordController.class)
@Import(SecurityConfiguration.class)
class DecisionRecordControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DecisionStore store;

	@MockitoBean
	private TrailExport export;

	@MockitoBean
	private DecisionReplay replay;

	@Test
	void aStoreThatCannotBeReachedIsUnavailableWithRetryAfter() throws Exception {
		given(store.byDecisionId(any())).willThrow(new DataAccessResourceFailureException("connection refused"));

		unavailable(mvc.perform(get("/v1/decisions/d-1").with(TestKeys.auditor())));
	}

	@Test
	void aDecisionThatCannotBeRecordedIsUnavailableWithRetryAfter() throws Exception {
		given(replay.replay(any(), any())).willThrow(new DecisionNotRecorded("The decision trail is full; retry", null));

		unavailable(mvc.perform(post("/v1/decisions/d-1/replay").with(TestKeys.auditor())))
			.andExpect(jsonPath("$.detail").value("The decision trail is full; retry"));
	}

	@Test
	void anUnknownDecisionIsNotFound() throws Exception {
		given(replay.replay(any(), any())).willThrow(new DecisionNotFound("d-1"));

		mvc.perform(post("/v1/decisions/d-1/replay").with(TestKeys.auditor())).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static ResultActions unavailable(ResultActions result) throws Exception {
		return result.andExpect(status().isServiceUnavailable())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(503));
	}

}
