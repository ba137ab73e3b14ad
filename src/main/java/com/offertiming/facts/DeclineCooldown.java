package com.offertiming.facts;

/**
 * Policy: after {@code declines} declines within {@code windowDays}, no offer of the same type (or, with
 * {@code sameProduct}, of the same product) for {@code cooldownDays}.
 */
public record DeclineCooldown(int declines, int windowDays, boolean sameProduct, int cooldownDays) implements Policy {
}
