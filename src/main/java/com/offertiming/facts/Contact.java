package com.offertiming.facts;

/** A past contact with the customer, {@code daysAgo} counted back from the event. */
public record Contact(int daysAgo, String productId, ContactType type, Channel channel, boolean outbound,
		ContactOutcome outcome) {
}
