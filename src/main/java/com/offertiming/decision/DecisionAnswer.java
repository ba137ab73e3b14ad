package com.offertiming.decision;

import com.offertiming.audit.DecisionEntry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What {@code POST /v1/decisions} answers: a dry run's decision, or a stored one. A stored decision is written from
 * the JSON parts its trail entry already holds (the trace alone is some 10 KB), the same text as its
 * {@link DecisionResponse} would give, instead of serialising the decision a second time.
 */
@JsonSerialize(using = DecisionAnswer.Writer.class)
record DecisionAnswer(DecisionResponse dryRunDecision, DecisionEntry recorded) {

	static DecisionAnswer of(DecisionResponse dryRunDecision) {
		return new DecisionAnswer(dryRunDecision, null);
	}

	static DecisionAnswer of(DecisionEntry recorded) {
		return new DecisionAnswer(null, recorded);
	}

	/** Writes the fields of a {@link DecisionResponse}, in its order and with its rules for absent values. */
	static final class Writer extends ValueSerializer<DecisionAnswer> {

		@Override
		public void serialize(DecisionAnswer answer, JsonGenerator gen, SerializationContext context) {
			if (answer.dryRunDecision() != null) {
				context.writeValue(gen, answer.dryRunDecision());
				return;
			}
			DecisionEntry entry = answer.recorded();
			gen.writeStartObject();
			gen.writeStringProperty("decisionId", entry.decisionId());
			if (entry.requestId() != null) {
				gen.writeStringProperty("requestId", entry.requestId());
			}
			gen.writeStringProperty("customerId", entry.customerId());
			gen.writeStringProperty("rulesetVersion", entry.rulesetVersion());
			gen.writeName("decidedAt");
			context.writeValue(gen, entry.decidedAt());
			gen.writeBooleanProperty("dryRun", false);
			raw(gen, "profile", entry.profile());
			raw(gen, "offers", entry.offers());
			raw(gen, "actions", entry.actions());
			raw(gen, "suppressed", entry.suppressed());
			raw(gen, "trace", entry.trace());
			gen.writeEndObject();
		}

		private static void raw(JsonGenerator gen, String name, String json) {
			if (!"null".equals(json)) {
				gen.writeName(name);
				gen.writeRawValue(json);
			}
		}

	}

}
