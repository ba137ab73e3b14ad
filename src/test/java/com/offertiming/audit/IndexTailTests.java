package com.offertiming.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the index's tail holds between the spans it is stored at, and what it must read back from the store. */
class IndexTailTests {

	@Test
	void aTailNotKnownYetIsReadBackFromTheWatermarkOn() {
		IndexTail tail = new IndexTail();

		assertThat(tail.firstUnmarked(1_000, 1_200)).isEqualTo(1_001);
		assertThat(tail.shared()).isTrue();
	}

	@Test
	void aTailUpToTheHeadLacksNothing() {
		IndexTail tail = markedThrough(1_003);

		assertThat(tail.firstUnmarked(1_000, 1_003)).isEqualTo(1_004);
		assertThat(tail.shared()).isFalse();
		assertThat(tail.take()).extracting(row -> row[0]).containsExactly(7L);
		assertThat(tail.take()).isEmpty();
	}

	@Test
	void aTailBehindTheHeadMeansAnotherReplicaWrote() {
		IndexTail tail = markedThrough(1_001);

		assertThat(tail.firstUnmarked(1_000, 1_005)).isEqualTo(1_002);
		assertThat(tail.shared()).isTrue();
	}

	@Test
	void marksAnotherReplicaStoredAreDropped() {
		IndexTail tail = markedThrough(1_001);

		assertThat(tail.firstUnmarked(1_010, 1_010)).isEqualTo(1_011);
		assertThat(tail.shared()).isTrue();
		assertThat(tail.take()).isEmpty();
	}

	@Test
	void aForgottenTailIsReadBackWhole() {
		IndexTail tail = markedThrough(1_001);
		tail.forget();

		assertThat(tail.firstUnmarked(1_000, 1_001)).isEqualTo(1_001);
		assertThat(tail.take()).isEmpty();
	}

	@Test
	void aSpanEndsWhenTheHeadEntersTheNextOne() {
		assertThat(IndexTail.spanEnded(0, 503)).isFalse();
		assertThat(IndexTail.spanEnded(0, 504)).isTrue();
		assertThat(IndexTail.spanEnded(503, 504)).isTrue();
		assertThat(IndexTail.spanEnded(504, 1_007)).isFalse();
		assertThat(IndexTail.spanEnded(10, 2_000)).isTrue();
	}

	/** A tail over the watermark 1,000, complete up to {@code seq}, with one mark: term 7 at seq 1,001. */
	private static IndexTail markedThrough(long seq) {
		IndexTail tail = new IndexTail();
		tail.firstUnmarked(1_000, 1_000);
		tail.mark(7, 1_001, 100);
		tail.markedThrough(seq);
		return tail;
	}

}
