package com.offertiming.decision;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * The promise load balancers rely on: the service refuses traffic while its start's warm-up runs and accepts it once
 * the warm-up is over. Each rehearsal notes the readiness state it ran under.
 */
@SpringBootTest(properties = { "offers.warmup.duration=200ms", "offers.rules.watch=false",
		"spring.datasource.url=jdbc:sqlite:target/warm-up-readiness-${random.uuid}.db" })
class WarmUpReadinessTests {

	private static final Set<ReadinessState> seenWhileWarming = ConcurrentHashMap.newKeySet();

	@Autowired
	private ApplicationAvailability availability;

	@Test
	void theServiceRefusesTrafficWhileWarmingUpAndAcceptsItAfter() {
		assertThat(seenWhileWarming).containsExactly(ReadinessState.REFUSING_TRAFFIC);
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	@TestConfiguration
	static class ObservedRehearsals {

		@Bean
		@Primary
		DecisionService observedDecisions(ApplicationAvailability availability) {
			DecisionService decisions = mock(DecisionService.class);
			doAnswer(invocation -> seenWhileWarming.add(availability.getReadinessState())).when(decisions)
				.rehearse(any());
			return decisions;
		}

	}

}
