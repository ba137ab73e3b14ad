package com.offertiming.decision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionSlotsTests {

	@Test
	void noMoreDecisionsComputeAtOnceThanThereAreSlots() throws Exception {
		DecisionSlots slots = new DecisionSlots(new DecisionSlotProperties(2, Duration.ofSeconds(10)));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> done = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				done.add(pool.submit(() -> slots.compute(() -> {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					sleep(5);
					return running.decrementAndGet();
				})));
			}
			for (Future<Integer> decision : done) {
				decision.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
	}

	@Test
	void aDecisionThatGetsNoSlotInTimeIsAnsweredServiceUnavailableWithRetryAfter() throws Exception {
		DecisionSlots slots = new DecisionSlots(new DecisionSlotProperties(1, Duration.ofMillis(50)));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> slots.compute(() -> {
			holding.countDown();
			await(release);
			return null;
		}));
		holder.start();
		try {
			holding.await(5, TimeUnit.SECONDS);
			assertThatThrownBy(() -> slots.compute(() -> "never")).isInstanceOfSatisfying(DecisionServiceBusy.class,
					busy -> {
						assertThat(busy.getStatusCode().value()).isEqualTo(503);
						assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
					});
		}
		finally {
			release.countDown();
			holder.join(5_000);
		}
		assertThat(slots.compute(() -> "free again")).isEqualTo("free again");
	}

	@Test
	void fewerThanOneSlotIsRefused() {
		assertThatThrownBy(() -> new DecisionSlotProperties(0, Duration.ofSeconds(5)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("offers.decisions.slots");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
