package com.offertiming.history;

import java.util.ArrayList;
import java.util.List;

import com.offertiming.facts.Channel;
import com.offertiming.facts.OfferType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An offer of a stored decision, read from the decision's {@code offers} JSON; {@code index} is its place in that
 * list. {@code proposedBy} is the catalog rule, {@code justifiedBy} the moment rule.
 */
record StoredOffer(int index, OfferType type, String productId, Channel channel, String moment, long price,
		String proposedBy, String justifiedBy) {

	/** Made through an outbound channel (or an unknown one, which the rules treat as outbound): the decision is the send. */
	boolean presentedByDecision() {
		return presentedByDecision(channel);
	}

	static boolean presentedByDecision(Channel channel) {
		return channel == null || channel.isOutbound();
	}

	static List<StoredOffer> parse(JsonMapper json, String offers) {
		List<StoredOffer> parsed = new ArrayList<>();
		int index = 0;
		for (JsonNode offer : json.readTree(offers)) {
			parsed.add(new StoredOffer(index++, OfferType.valueOf(offer.path("type").asString()),
					text(offer, "productId"), channel(text(offer, "channel")), text(offer, "moment"),
					offer.path("price").asLong(0), text(offer.path("proposedBy"), "rule"),
					text(offer.path("justifiedBy"), "rule")));
		}
		return parsed;
	}

	static Channel channel(String name) {
		return name == null ? null : Channel.valueOf(name);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
