package com.offertiming.scenario;

import java.util.Locale;

/**
 * The columns of a scenario workbook, found by their label in the first row (so analysts may order, or leave out,
 * columns as they like). Facts follow the decision request (DOMAIN.md section 5); day counts are counted back (or,
 * for a renewal, forward) from the scenario's event.
 */
enum Column {

	SCENARIO("Scenario"),
	CUSTOMER_KIND("Customer kind"), NPS("NPS"), CONSENT("Consent"), BUDGET("Budget"),
	OPEN_COMPLAINTS("Open complaints"), FULLY_COVERED("Fully covered"), TENURE_DAYS("Customer for days"),
	LAST_PURCHASE_DAYS("Last purchase days ago"), PURCHASES_12M("Purchases 12m"), SPEND_12M("Spend 12m"),
	TOTAL_PURCHASES("Purchases total"), TOTAL_SPEND("Spend total"),
	HOLDING("Holding"), HELD_DAYS("Held days"), TRIAL("Trial"), RENEWS_IN_DAYS("Renews in days"),
	USAGE_USED("Usage used"), USAGE_LIMIT("Usage limit"), HOLDING_PRICE("Holding price"),
	EVENT("Event"), CHANNEL("Channel"), EVENT_PRODUCTS("Event products"), SENTIMENT("Sentiment"), TOPIC("Topic"),
	CONTACT1_DAYS_AGO("Contact 1 days ago"), CONTACT1_PRODUCT("Contact 1 product"), CONTACT1_TYPE("Contact 1 type"),
	CONTACT1_CHANNEL("Contact 1 channel"), CONTACT1_OUTCOME("Contact 1 outcome"),
	CONTACT2_DAYS_AGO("Contact 2 days ago"), CONTACT2_PRODUCT("Contact 2 product"), CONTACT2_TYPE("Contact 2 type"),
	CONTACT2_CHANNEL("Contact 2 channel"), CONTACT2_OUTCOME("Contact 2 outcome"),
	EXPECTED_OFFER("Expected offer"), EXPECTED_SUPPRESSION("Expected suppression"),
	EXPECTED_ACTION("Expected action");

	final String label;

	Column(String label) {
		this.label = label;
	}

	/** Labels compare without case, spaces or punctuation: "Expected offer" = "expected_offer". */
	static String normalize(String label) {
		return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
