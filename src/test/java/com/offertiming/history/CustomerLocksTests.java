package com.offertiming.history;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.offertiming.audit.TestStores;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A customer's lock is taken by the request thread and released by whichever thread completes the decision's commit
 * (the trail's writer, or the one that times it out): it must hold across threads, in process and in PostgreSQL.
 */
class CustomerLocksTests {

	private static final HistoryProperties PROPERTIES = new HistoryProperties(Duration.ofDays(400), 16, 2,
			Duration.ofMillis(300));

	@Test
	void aLockHeldIsWaitedForAndRefusedAsBusyAfterTheTimeout() {
		CustomerLocks locks = new CustomerLocks(PROPERTIES, new MockEnvironment());
		CustomerLocks.Held held = locks.lock("C-1");
		assertThatThrownBy(() -> CompletableFuture.supplyAsync(() -> locks.lock("C-1")).join())
			.hasCauseInstanceOf(CustomerBusy.class);
		held.close();
		locks.lock("C-1").close();
	}

	@Test
	void aLockTakenOnOneThreadIsReleasedByAnother() throws Exception {
		CustomerLocks locks = new CustomerLocks(PROPERTIES, new MockEnvironment());
		CustomerLocks.Held held = locks.lock("C-1");
		CompletableFuture.runAsync(held::close).get(5, TimeUnit.SECONDS);
		locks.lock("C-1").close();
	}

	@Test
	void aPostgresLockReleasedByAnotherThreadLetsAnotherReplicaTakeIt() throws Exception {
		MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url", TestStores.POSTGRES)
			.withProperty("spring.datasource.username", TestStores.POSTGRES_USER);
		CustomerLocks first = new CustomerLocks(PROPERTIES, postgres);
		CustomerLocks second = new CustomerLocks(PROPERTIES, postgres);
		try {
			CustomerLocks.Held held = first.lock("C-REPLICAS");
			assertThatThrownBy(() -> second.lock("C-REPLICAS")).isInstanceOf(CustomerBusy.class);
			CompletableFuture.runAsync(held::close).get(5, TimeUnit.SECONDS);
			CustomerLocks.Held taken = CompletableFuture.supplyAsync(() -> {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
				while (true) {
					try {
						return second.lock("C-REPLICAS");
					}
					catch (CustomerBusy stillHeld) {
						assertThat(System.nanoTime()).as("released within 5 s").isLessThan(deadline);
					}
				}
			}).get(10, TimeUnit.SECONDS);
			taken.close();
		}
		finally {
			first.destroy();
			second.destroy();
		}
	}

}
