package com.offertiming.decision;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.facts.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored decision's answer, written once with its trail entry cut from it, or written again from a stored entry,
 * reads exactly as the decision serialised would; each part of the entry is that part serialised.
 */
@JsonTest
class DecisionAnswerJsonTests {

	@Autowired
	private JsonMapper json;

	@Test
	void aStoredDecisionIsAnsweredAsTheDecisionForEveryBenchRequest() {
		List<DecisionRequest> requests = BenchRequests.requests(json);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(20);
		for (DecisionRequest request : requests) {
			DecisionResponse decision = ShippedRules.decide(request);
			RenderedDecision rendered = RenderedDecision.of(json, request, decision);

			assertThat(text(rendered.answer())).as(request.requestId()).isEqualTo(json.writeValueAsString(decision));
			assertThat(text(DecisionAnswer.of(json, rendered.entry()))).as(request.requestId())
				.isEqualTo(json.writeValueAsString(decision));
		}
	}

	@Test
	void eachPartOfTheEntryIsThatPartSerialisedForEveryBenchRequest() {
		for (DecisionRequest request : BenchRequests.requests(json)) {
			DecisionResponse decision = ShippedRules.decide(request);
			DecisionEntry entry = RenderedDecision.of(json, request, decision).entry();

			assertThat(entry.request()).isEqualTo(json.writeValueAsString(request));
			assertThat(entry.profile()).isEqualTo(json.writeValueAsString(decision.profile()));
			assertThat(entry.offers()).isEqualTo(json.writeValueAsString(decision.offers()));
			assertThat(entry.actions()).isEqualTo(json.writeValueAsString(decision.actions()));
			assertThat(entry.suppressed()).isEqualTo(json.writeValueAsString(decision.suppressed()));
			assertThat(entry.trace()).hasToString(json.writeValueAsString(decision.trace()));
		}
	}

	@Test
	void aDecisionWithoutRequestIdOrProfileLeavesThemOutAsTheDecisionWould() {
		DecisionResponse decision = new DecisionResponse("d-1", null, "C-1", "v1",
				Instant.parse("2026-11-22T10:00:00.120Z"), false, null, List.of(), List.of(), List.of(), List.of());
		RenderedDecision rendered = RenderedDecision.of(json, Requests.event(EventType.CHECKOUT).build(), decision);

		assertThat(text(rendered.answer())).isEqualTo(json.writeValueAsString(decision));
		assertThat(rendered.entry().profile()).isEqualTo("null");
		assertThat(text(DecisionAnswer.of(json, rendered.entry()))).isEqualTo(json.writeValueAsString(decision));
	}

	@Test
	void textOutsideAsciiIsCutAtTheRightBytes() {
		DecisionResponse decision = new DecisionResponse("d-2", "要求-1", "顧客-🙂", "v1",
				Instant.parse("2026-11-22T10:00:00Z"), false, null, List.of(), List.of(), List.of(),
				List.of(new TraceEntry(1, "不満のある顧客🙂", "提案せず、フォローする \"引用\"", null, List.of())));
		RenderedDecision rendered = RenderedDecision.of(json, Requests.event(EventType.CHECKOUT).build(), decision);

		assertThat(text(rendered.answer())).isEqualTo(json.writeValueAsString(decision));
		assertThat(rendered.entry().trace()).hasToString(json.writeValueAsString(decision.trace()));
	}

	@Test
	void aDryRunIsWrittenAsItsDecision() {
		DecisionResponse decision = ShippedRules.decide(BenchRequests.requests(json).get(0));

		assertThat(text(DecisionAnswer.of(json, decision))).isEqualTo(json.writeValueAsString(decision));
	}

	private static String text(DecisionAnswer answer) {
		return new String(answer.json(), StandardCharsets.UTF_8);
	}

}
