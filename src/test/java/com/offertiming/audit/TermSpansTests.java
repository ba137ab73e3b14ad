package com.offertiming.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a decision's place in the chain maps to a span, a mask and a bit, and what retention keeps of a span. */
class TermSpansTests {

	@Test
	void aDecisionIsMarkedInTheMaskOfItsBlockWithinItsSpan() {
		TermSpans marks = new TermSpans();
		marks.mark(7, 0, 300);
		marks.mark(7, 62, 100);
		marks.mark(7, 63, 200);
		marks.mark(7, 503, 400);
		marks.mark(7, 504, 500);
		marks.mark(3, 1_009, 600);

		List<Object[]> upserts = marks.upserts();

		assertThat(upserts).extracting(List::of).containsExactly(
				List.of(3L, 2L, 1L << 1, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 600L, 600L),
				List.of(7L, 0L, 1L | 1L << 62, 1L, 0L, 0L, 0L, 0L, 0L, 1L << 62, 100L, 400L),
				List.of(7L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 500L, 500L));
	}

	@Test
	void retentionKeepsTheBitsFromTheFirstKeptDecisionOn() {
		// The first 70 decisions of a span purged: mask 0 wholly, mask 1 up to its bit 6, the rest kept whole.
		assertThat(TermSpans.kept(0, 70)).isZero();
		assertThat(TermSpans.kept(1, 70)).isEqualTo(Long.MAX_VALUE & -(1L << 7));
		assertThat(TermSpans.kept(2, 70)).isEqualTo(Long.MAX_VALUE);
		assertThat(TermSpans.kept(7, 70)).isEqualTo(Long.MAX_VALUE);
		assertThat(TermSpans.kept(0, 1)).isEqualTo(Long.MAX_VALUE - 1);
		assertThat(TermSpans.kept(0, 63)).isZero();
		assertThat(TermSpans.kept(1, 63)).isEqualTo(Long.MAX_VALUE);
	}

}
