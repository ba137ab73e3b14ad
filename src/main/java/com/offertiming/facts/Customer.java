package com.offertiming.facts;

/**
 * The customer as the rules see it. Day counts are measured from the event's time, so no rule reads a clock.
 * A {@code null} number means "unknown": constraints on it never match.
 */
public record Customer(String id, CustomerKind kind, Integer tenureDays, Integer nps, boolean marketingConsent,
		Long budget, int openComplaints, boolean fullyCovered, Integer recencyDays, Integer count12m, Long spend12m,
		Integer totalCount, Long totalSpend) {

	/** Average order value over the last 12 months, or over all time when the year shows no purchase. */
	public Long averageOrderValue() {
		if (count12m != null && count12m > 0 && spend12m != null) {
			return spend12m / count12m;
		}
		if (totalCount != null && totalCount > 0 && totalSpend != null) {
			return totalSpend / totalCount;
		}
		return null;
	}

}
