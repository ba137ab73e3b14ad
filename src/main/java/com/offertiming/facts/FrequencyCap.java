package com.offertiming.facts;

/** Policy: at most {@code maxOffers} offers within {@code windowDays}, counting outbound contacts only or all. */
public record FrequencyCap(boolean outboundOnly, int windowDays, int maxOffers) implements Policy {
}
