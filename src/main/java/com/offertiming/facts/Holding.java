package com.offertiming.facts;

/**
 * A product the customer holds. {@code usagePercent} is used/limit rounded down, and {@code overBudget} says its price
 * is above the customer's stated budget; both false or null when unknown.
 */
public record Holding(String productId, Integer ageDays, boolean trial, Integer daysToRenewal, Integer used,
		Integer limit, Integer usagePercent, Long price, boolean overBudget) {
}
