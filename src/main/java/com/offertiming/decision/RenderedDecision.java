package com.offertiming.decision;

import java.util.LinkedHashSet;
import java.util.Set;

import com.offertiming.audit.DecisionEntry;
import com.offertiming.audit.Facets;
import com.offertiming.audit.JsonText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decision to store, written once as the JSON its caller gets, and its trail entry cut from that same text: each
 * part of the entry is the bytes of the answer's property. Writing the parts apart as text and then the answer from
 * them cost a stored decision 8 us more on one thread ({@code DecisionBenchmark.decideAndPrepareEntry}, README
 * "Performance"); this way the stored text is also the answered text by construction. The facets the trail indexes
 * the entry by are read off the same objects.
 */
record RenderedDecision(DecisionAnswer answer, DecisionEntry entry, Facets facets) {

	/** {@code seen} is the request as decided (with the stored history merged in), which the entry keeps. */
	static RenderedDecision of(JsonMapper json, DecisionRequest seen, DecisionResponse decision) {
		Object[] values = { decision.profile(), decision.offers(), decision.actions(), decision.suppressed(),
				decision.trace() };
		int[] from = new int[values.length];
		int[] to = new int[values.length];
		AnswerBuffer out = new AnswerBuffer();
		try (JsonGenerator gen = json.createGenerator(out)) {
			DecisionAnswer.writeHead(gen, decision.decisionId(), decision.requestId(), decision.customerId(),
					decision.rulesetVersion(), decision.decidedAt());
			for (int i = 0; i < values.length; i++) {
				if (values[i] != null) {
					gen.writeName(DecisionAnswer.PARTS.get(i));
					gen.flush();
					int afterName = out.size();
					gen.writePOJO(values[i]);
					gen.flush();
					from[i] = out.valueStart(afterName);
					to[i] = out.size();
				}
			}
			gen.writeEndObject();
		}
		DecisionEntry entry = new DecisionEntry(decision.decisionId(), decision.requestId(), decision.customerId(),
				decision.rulesetVersion(), decision.decidedAt(), json.writeValueAsString(seen),
				part(out, from, to, 0), part(out, from, to, 1), part(out, from, to, 2), part(out, from, to, 3),
				decision.trace() == null ? JsonText.of("null")
						: JsonText.ofUtf8(out.bytes(), from[4], to[4] - from[4]));
		return new RenderedDecision(new DecisionAnswer(out.toByteArray()), entry, facets(decision));
	}

	private static Facets facets(DecisionResponse decision) {
		Set<String> rules = new LinkedHashSet<>();
		decision.trace().forEach(step -> rules.add(step.rule()));
		Set<String> offerTypes = new LinkedHashSet<>();
		decision.offers().forEach(offer -> offerTypes.add(offer.type().name()));
		Set<String> reasons = new LinkedHashSet<>();
		decision.suppressed().forEach(suppression -> reasons.add(suppression.reason().name()));
		return new Facets(rules, offerTypes, reasons);
	}

	/** A part's text, or "null" (what its own serialisation gives) for a part the decision does not have. */
	private static String part(AnswerBuffer out, int[] from, int[] to, int i) {
		return to[i] == 0 ? "null" : out.text(from[i], to[i]);
	}

}
