package com.offertiming.ruleset;

import java.time.Duration;

/**
 * What one decision may spend on the rules: at most {@code maxFirings} rule firings and {@code maxDecisionTime} of
 * time ({@code offers.rules.max-firings}, {@code offers.rules.max-decision-time}). The shipped rules fire a few dozen
 * times in well under a millisecond; only a rule that re-triggers itself comes near either limit.
 */
public record RuleLimits(int maxFirings, Duration maxDecisionTime) {

	public static final RuleLimits DEFAULT = new RuleLimits(10_000, Duration.ofSeconds(2));

	public RuleLimits {
		if (maxFirings < 1 || maxFirings == Integer.MAX_VALUE) {
			throw new IllegalArgumentException("offers.rules.max-firings must be at least 1 and below 2^31 - 1");
		}
		if (maxDecisionTime.isNegative() || maxDecisionTime.isZero()) {
			throw new IllegalArgumentException("offers.rules.max-decision-time must be positive");
		}
	}

}
