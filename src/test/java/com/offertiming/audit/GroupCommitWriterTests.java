package com.offertiming.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class GroupCommitWriterTests {

	private final DecisionStore store = mock(DecisionStore.class);

	private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ExecutorService callers = Executors.newFixedThreadPool(64);

	private GroupCommitWriter writer;

	@AfterEach
	void stop() throws InterruptedException {
		callers.shutdownNow();
		if (writer != null) {
			writer.destroy();
		}
	}

	@Test
	void decisionsThatArriveTogetherShareACommitAndAreAllStored() throws Exception {
		storeTaking(Duration.ofMillis(50));
		writer = writer(1000, 100, Duration.ofSeconds(10));

		List<PreparedEntry> entries = new ArrayList<>();
		List<Future<DecisionRecord>> answers = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			PreparedEntry entry = entry();
			entries.add(entry);
			answers.add(callers.submit(() -> write(entry)));
		}
		for (int i = 0; i < 64; i++) {
			assertThat(answers.get(i).get(10, TimeUnit.SECONDS).entry()).isSameAs(entries.get(i).entry());
		}
		assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(64);
		assertThat(batchSizes).hasSizeLessThan(64);
		assertThat(batchSizes.stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(1);
		assertThat(meters.get("offers.trail.batch").summary().count()).isEqualTo(batchSizes.size());
		assertThat(meters.get("offers.trail.batch").summary().totalAmount()).isEqualTo(64);
		assertThat(meters.get("offers.trail.commit").timer().count()).isEqualTo(batchSizes.size());
	}

	@Test
	void aBatchIsNoLargerThanTheBatchSize() throws Exception {
		storeTaking(Duration.ofMillis(50));
		writer = writer(1000, 5, Duration.ofSeconds(10));

		List<Future<DecisionRecord>> answers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			answers.add(callers.submit(() -> write(entry())));
		}
		for (Future<DecisionRecord> answer : answers) {
			answer.get(10, TimeUnit.SECONDS);
		}
		assertThat(batchSizes).allMatch(size -> size <= 5);
	}

	@Test
	void aDecisionIsRefusedAtOnceWhenTheQueueIsFull() throws Exception {
		CountDownLatch committing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(store.append(anyList(), any())).willAnswer(call -> {
			committing.countDown();
			release.await(10, TimeUnit.SECONDS);
			return sealed(call.getArgument(0));
		});
		writer = writer(1, 1, Duration.ofSeconds(10));
		Future<DecisionRecord> inCommit = callers.submit(() -> write(entry()));
		assertThat(committing.await(5, TimeUnit.SECONDS)).isTrue();
		Future<DecisionRecord> queued = callers.submit(() -> write(entry()));
		Thread.sleep(200);

		long start = System.nanoTime();
		assertThatThrownBy(() -> write(entry())).isInstanceOf(DecisionNotRecorded.class)
			.satisfies(ex -> assertUnavailable((DecisionNotRecorded) ex));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		release.countDown();
		assertThat(inCommit.get(5, TimeUnit.SECONDS)).isNotNull();
		assertThat(queued.get(5, TimeUnit.SECONDS)).isNotNull();
	}

	@Test
	void aDecisionTheStoreFailsToCommitIsNotAnswered() {
		given(store.append(anyList(), any())).willThrow(new DataAccessResourceFailureException("disk gone"));
		writer = writer(10, 10, Duration.ofSeconds(5));

		assertThatThrownBy(() -> write(entry())).isInstanceOf(DecisionNotRecorded.class)
			.hasCauseInstanceOf(DataAccessResourceFailureException.class)
			.satisfies(ex -> assertUnavailable((DecisionNotRecorded) ex));
	}

	@Test
	void aRetryOfADecisionWhoseStoredTraceIsDamagedIsRefusedAloneAndTheRestOfItsBatchIsStored() throws Exception {
		CountDownLatch committing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(store.append(anyList(), any())).willAnswer(call -> {
			List<PreparedEntry> entries = call.getArgument(0);
			batchSizes.add(entries.size());
			if (committing.getCount() > 0) {
				committing.countDown();
				release.await(10, TimeUnit.SECONDS);
			}
			if (entries.stream().anyMatch(entry -> "R-damaged".equals(entry.entry().requestId()))) {
				throw new StoredTraceUnreadable(7, "D-7", "R-damaged", new IllegalArgumentException("not LZ4"));
			}
			return sealed(entries);
		});
		writer = writer(100, 10, Duration.ofSeconds(10));
		Future<DecisionRecord> blocking = callers.submit(() -> write(entry()));
		assertThat(committing.await(5, TimeUnit.SECONDS)).isTrue();
		Future<DecisionRecord> retry = callers.submit(() -> write(entryFor("R-damaged")));
		Future<DecisionRecord> other = callers.submit(() -> write(entry()));
		Future<DecisionRecord> another = callers.submit(() -> write(entryFor("R-fine")));
		Thread.sleep(200);
		release.countDown();

		assertThat(blocking.get(5, TimeUnit.SECONDS)).isNotNull();
		assertThatThrownBy(() -> retry.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(StoredTraceUnreadable.class);
		assertThat(other.get(5, TimeUnit.SECONDS)).isNotNull();
		assertThat(another.get(5, TimeUnit.SECONDS).entry().requestId()).isEqualTo("R-fine");
		assertThat(batchSizes).containsExactly(1, 3, 2);
		assertThat(writer.takesWrites(Duration.ofMinutes(1))).isTrue();
	}

	@Test
	void aCommitSlowerThanTheTimeoutIsNotAnswered() {
		storeTaking(Duration.ofSeconds(2));
		writer = writer(10, 10, Duration.ofMillis(100));

		assertThatThrownBy(() -> write(entry())).isInstanceOf(DecisionNotRecorded.class)
			.hasMessageContaining("did not commit within");
	}

	@Test
	void theNextBatchIsCommittedWhileTheAnswersOfTheLastAreStillBeingWritten() throws Exception {
		storeTaking(Duration.ofMillis(50));
		writer = writer(100, 1, Duration.ofSeconds(10));
		CountDownLatch answerWritten = new CountDownLatch(1);
		CompletableFuture<DecisionRecord> first = writer.submit(entry());
		// An answer slow to write, as a caller's dependent on its commit (registered while the commit takes 50 ms).
		first.whenComplete((record, failure) -> awaitQuietly(answerWritten));
		CompletableFuture<DecisionRecord> second = writer.submit(entry());

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (batchSizes.size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(batchSizes).as("commits while the first answer is being written").containsExactly(1, 1);
		answerWritten.countDown();
		assertThat(second.get(5, TimeUnit.SECONDS)).isNotNull();
	}

	@Test
	void decisionsWaitingWhenTheApplicationStopsAreStillCommitted() throws Exception {
		storeTaking(Duration.ofMillis(100));
		writer = writer(100, 1, Duration.ofSeconds(10));
		List<CompletableFuture<DecisionRecord>> answers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answers.add(CompletableFuture.supplyAsync(() -> write(entry()), callers));
		}
		Thread.sleep(50);

		writer.destroy();
		for (CompletableFuture<DecisionRecord> answer : answers) {
			assertThat(answer.get(5, TimeUnit.SECONDS)).isNotNull();
		}
		assertThatThrownBy(() -> write(entry())).isInstanceOf(DecisionNotRecorded.class);
	}

	@Test
	void aBatchStillCommittingWhenTheApplicationStopsIsAnsweredOnceCommitted() throws Exception {
		storeTaking(Duration.ofMillis(500));
		writer = writer(100, 1, Duration.ofMillis(100));
		CompletableFuture<DecisionRecord> committing = writer.submit(entry());
		Thread.sleep(50);

		writer.destroy();
		assertThat(committing.get(5, TimeUnit.SECONDS)).isNotNull();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void assertUnavailable(DecisionNotRecorded ex) {
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
	}

	private void storeTaking(Duration commit) {
		given(store.append(anyList(), any())).willAnswer(call -> {
			List<PreparedEntry> entries = call.getArgument(0);
			batchSizes.add(entries.size());
			Thread.sleep(commit.toMillis());
			return sealed(entries);
		});
	}

	private GroupCommitWriter writer(int queueCapacity, int batchSize, Duration commitTimeout) {
		return new GroupCommitWriter(store, new AuditProperties(queueCapacity, batchSize, commitTimeout,
				Duration.ofDays(365), Duration.ofHours(1)), Clock.systemUTC(), meters);
	}

	private static List<DecisionRecord> sealed(List<PreparedEntry> entries) {
		List<DecisionRecord> records = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (PreparedEntry entry : entries) {
			DecisionRecord record = ChainHash.seal(records.size() + 1, entry, Instant.now(), prev);
			prev = record.hash();
			records.add(record);
		}
		return records;
	}

	/** Stores the entry and answers its record once committed, as a caller that waits on its own thread does. */
	private DecisionRecord write(PreparedEntry entry) {
		return writer.await(writer.submit(entry));
	}

	private static PreparedEntry entry() {
		return entryFor(null);
	}

	private static PreparedEntry entryFor(String requestId) {
		DecisionEntry entry = new DecisionEntry(UUID.randomUUID().toString(), requestId, "C-1", "v1", Instant.now(),
				"{}", "{}", "[]", "[]", "[]", JsonText.of("[]"));
		return PreparedEntry.of(entry, new Facets(Set.of(), Set.of(), Set.of()));
	}

}
