package com.offertiming.decision;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionIdsTests {

	@Test
	void anIdIsAVersionSevenUuidCarryingItsMillisecond() {
		UUID id = UUID.fromString(DecisionIds.next(1_764_000_000_123L, ThreadLocalRandom.current()));
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_764_000_000_123L);
	}

	@Test
	void idsOfTheSameMillisecondDiffer() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(DecisionIds.next(1_764_000_000_123L, ThreadLocalRandom.current()));
		}
		assertThat(ids).hasSize(100_000);
	}

	@Test
	void laterIdsSortAfterEarlierOnes() {
		String earlier = DecisionIds.next(1_764_000_000_123L, ThreadLocalRandom.current());
		String later = DecisionIds.next(1_764_000_000_124L, ThreadLocalRandom.current());
		assertThat(later).isGreaterThan(earlier);
	}

}
