package com.offertiming.decision;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The start's warm-up, on the real rules: it decides every sample request the jar ships, and stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "spring.datasource.url=jdbc:sqlite:target/warm-up-${random.uuid}.db",
		"offers.rules.watch=false" })
class WarmUpTests {

	@Autowired
	private DecisionService decisions;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void everySampleRequestIsDecidedUnderTheShippedRulesAndNothingIsStored() {
		WarmUp warmUp = new WarmUp(decisions, json, new WarmUpProperties(Duration.ofSeconds(1)));

		assertThat(warmUp.rehearseUntil(System.nanoTime())).isEqualTo(BenchRequests.files().size());
		assertThat(jdbc.sql("SELECT count(*) FROM decision_record").query(Long.class).single()).isZero();
	}

	@Test
	void aSampleRequestTheRulesRejectEndsTheWarmUpButNotTheStart() {
		DecisionService failing = mock(DecisionService.class);
		doThrow(new IllegalStateException("rejected")).when(failing).rehearse(any());

		new WarmUp(failing, json, new WarmUpProperties(Duration.ofMinutes(5))).run(null);

		verify(failing).rehearse(any());
	}

	@Test
	void aWarmUpOfZeroSecondsDecidesNothing() {
		DecisionService service = mock(DecisionService.class);

		new WarmUp(service, json, new WarmUpProperties(Duration.ZERO)).run(null);

		verifyNoInteractions(service);
	}

	@Test
	void aServiceStoppingDuringTheWarmUpEndsIt() {
		DecisionService service = mock(DecisionService.class);
		WarmUp warmUp = new WarmUp(service, json, new WarmUpProperties(Duration.ofMinutes(5)));

		warmUp.stop();
		warmUp.run(null);

		verifyNoInteractions(service);
	}

	@Test
	void aNegativeDurationIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WarmUpProperties(Duration.ofSeconds(-1)))
			.withMessageContaining("offers.warmup.duration");
	}

	@Test
	void readinessIsReportedOnceStarted() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

}
