package com.offertiming.decision;

import java.time.Instant;

/** Decision requests as JSON for the history tests: a customer viewing PHONE-STD (a moment for one upsell). */
final class HistoryRequests {

	private HistoryRequests() {
	}

	static String phoneViewed(String customerId, Instant at, String channel, boolean dryRun) {
		return """
				{"dryRun": %s,
				 "customer": {"id": "%s", "kind": "CONSUMER", "since": "2024-11-22", "nps": 8, "marketingConsent": true,
				   "openComplaints": 0, "fullyCovered": false,
				   "purchases": {"lastAt": "2026-11-02", "count12m": 5, "spend12m": 40000, "totalCount": 9,
				                 "totalSpend": 70000, "firstAt": "2024-11-22"}},
				 "event": {"type": "PRODUCT_VIEWED", "at": "%s", "channel": "%s", "productIds": ["PHONE-STD"],
				           "sentiment": "NEUTRAL"}}
				""".formatted(dryRun, customerId, at, channel);
	}

	static DecisionRequest parsed(tools.jackson.databind.json.JsonMapper json, String customerId, Instant at,
			String channel) {
		return json.readValue(phoneViewed(customerId, at, channel, false), DecisionRequest.class);
	}

}
