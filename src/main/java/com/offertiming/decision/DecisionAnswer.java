package com.offertiming.decision;

import java.time.Instant;
import java.util.List;

import com.offertiming.audit.DecisionEntry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code POST /v1/decisions} answers, as the JSON bytes sent: the same text as the {@link DecisionResponse}
 * serialised. A stored decision is written once ({@link RenderedDecision}) and its trail entry is cut from these
 * bytes; a decision answered from the trail (a retry) is written from the JSON parts its entry holds.
 */
record DecisionAnswer(byte[] json) {

	/** The parts of a decision after its head, in {@link DecisionResponse}'s order. */
	static final List<String> PARTS = List.of("profile", "offers", "actions", "suppressed", "trace");

	static DecisionAnswer of(JsonMapper json, DecisionResponse dryRunDecision) {
		return new DecisionAnswer(json.writeValueAsBytes(dryRunDecision));
	}

	/** A stored decision's answer, from its entry's parts ("null" for a part the decision did not have). */
	static DecisionAnswer of(JsonMapper json, DecisionEntry recorded) {
		List<String> parts = List.of(recorded.profile(), recorded.offers(), recorded.actions(), recorded.suppressed(),
				String.valueOf(recorded.trace()));
		AnswerBuffer out = new AnswerBuffer();
		try (JsonGenerator gen = json.createGenerator(out)) {
			writeHead(gen, recorded.decisionId(), recorded.requestId(), recorded.customerId(),
					recorded.rulesetVersion(), recorded.decidedAt());
			for (int i = 0; i < PARTS.size(); i++) {
				if (!"null".equals(parts.get(i))) {
					gen.writeName(PARTS.get(i));
					gen.writeRawValue(parts.get(i));
				}
			}
			gen.writeEndObject();
		}
		return new DecisionAnswer(out.toByteArray());
	}

	/**
	 * Opens a stored decision's object and writes the fields before its parts, in {@link DecisionResponse}'s order and
	 * with its rules for absent values.
	 */
	static void writeHead(JsonGenerator gen, String decisionId, String requestId, String customerId,
			String rulesetVersion, Instant decidedAt) {
		gen.writeStartObject();
		gen.writeStringProperty("decisionId", decisionId);
		if (requestId != null) {
			gen.writeStringProperty("requestId", requestId);
		}
		gen.writeStringProperty("customerId", customerId);
		gen.writeStringProperty("rulesetVersion", rulesetVersion);
		gen.writeName("decidedAt");
		gen.writePOJO(decidedAt);
		gen.writeBooleanProperty("dryRun", false);
	}

}
