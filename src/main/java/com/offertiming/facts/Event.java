package com.offertiming.facts;

import java.util.List;

/**
 * What just happened. {@code outbound} is true when the channel is outbound or unknown: an offer through an unknown
 * channel is treated as outbound, so it needs consent.
 */
public record Event(EventType type, Channel channel, boolean outbound, List<String> productIds, Sentiment sentiment,
		String topic) {
}
