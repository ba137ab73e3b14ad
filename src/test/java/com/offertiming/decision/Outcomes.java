package com.offertiming.decision;

import java.util.List;

/** Short readable views of a decision, so a failing assertion shows what was decided. */
final class Outcomes {

	private Outcomes() {
	}

	/** Offers as "TYPE PRODUCT", e.g. "UPSELL SAAS-PRO". */
	static List<String> offers(DecisionResponse decision) {
		return decision.offers().stream().map(o -> o.type() + " " + o.productId()).toList();
	}

	/** Suppressions as "PRODUCT REASON", e.g. "SAAS-PRO OVER_BUDGET". */
	static List<String> suppressed(DecisionResponse decision) {
		return decision.suppressed().stream().map(s -> s.productId() + " " + s.reason()).toList();
	}

	/** Reasons alone, e.g. "NO_CONSENT". */
	static List<String> reasons(DecisionResponse decision) {
		return decision.suppressed().stream().map(s -> s.reason().name()).distinct().toList();
	}

	/** Actions as "KIND" or "KIND PRODUCT". */
	static List<String> actions(DecisionResponse decision) {
		return decision.actions().stream()
			.map(a -> a.productId() == null ? a.kind().name() : a.kind() + " " + a.productId())
			.toList();
	}

	/** Moments as "TYPE PRODUCT". */
	static List<String> moments(DecisionResponse decision) {
		return decision.profile().moments().stream().map(m -> m.type() + " " + m.productId()).toList();
	}

}
