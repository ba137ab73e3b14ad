package com.offertiming.decision;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.offertiming.facts.ActionKind;
import com.offertiming.facts.Channel;
import com.offertiming.facts.MomentType;
import com.offertiming.facts.NpsBand;
import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;
import com.offertiming.facts.Segment;

/**
 * A decision: what the rules concluded about the customer ({@code profile}), the offers to make, service actions,
 * a "why not" for every stopped candidate, and the full trace. Every offer, suppression and action names the trace
 * step and rule (with file, sheet and row) that made it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionResponse(String decisionId, String requestId, String customerId, String rulesetVersion,
		Instant decidedAt, boolean dryRun, Profile profile, List<OfferView> offers, List<ActionView> actions,
		List<SuppressionView> suppressed, List<TraceEntry> trace) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Profile(NpsBand npsClass, Rfm rfm, Long ltv, Cpm cpmSegment, boolean loyal, boolean potentialLoyal,
			List<String> loyaltyBases, List<MomentView> moments) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Rfm(Integer recency, Integer frequency, Integer monetary) {
	}

	public record Cpm(Segment segment, boolean lapsed) {
	}

	public record MomentView(MomentType type, String productId, RuleRef detectedBy) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OfferView(OfferType type, String productId, String fromProductId, MomentType moment, Channel channel,
			int priority, long price, RuleRef proposedBy, RuleRef justifiedBy, RuleRef chosenBy) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SuppressionView(OfferType type, String productId, MomentType moment, Reason reason,
			RuleRef suppressedBy, RuleRef policy) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ActionView(ActionKind kind, String productId, RuleRef decidedBy) {
	}

}
