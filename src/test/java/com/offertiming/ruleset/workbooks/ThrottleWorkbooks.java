package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.BOOLEANS;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;

/**
 * throttles/: anti-pushiness limits. The tables stop candidates directly or set the policies that the DRL files
 * beside them enforce.
 */
final class ThrottleWorkbooks {

	private static final String SUPPRESS = "insert(new Suppression($c, Reason.$param));";

	private static final String ALL_TYPES = "UPSELL, CROSS_SELL, DOWNSELL";

	private ThrottleWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		Map<String, DecisionTableWriter> workbooks = new LinkedHashMap<>();
		workbooks.put("throttles/trial.drl.xlsx", trial());
		workbooks.put("throttles/complaints.drl.xlsx", complaints());
		workbooks.put("throttles/consent.drl.xlsx", consent());
		workbooks.put("throttles/budget.drl.xlsx", budget());
		workbooks.put("throttles/frequency.drl.xlsx", frequency());
		workbooks.put("throttles/cooldown.drl.xlsx", cooldown());
		workbooks.put("throttles/chained-upsell.drl.xlsx", chainedUpsell());
		workbooks.put("throttles/follow-up.drl.xlsx", followUp());
		return workbooks;
	}

	private static DecisionTableWriter trial() {
		// an unknown tenure or product age counts as "still new": unknown data must not let an upsell through
		return workbook("throttles", "Trial")
			.notes("No upsell while the customer is still trying the product: on trial, in the first days as a "
					+ "customer, or in the first days with the product. When we do not know how long they have been "
					+ "a customer (or held the product), we wait too.")
			.table("TrialPeriod")
			.condition("$c: Candidate", "type == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("", "Holding(productId == $c.fromProductId, trial == $param)", "Their product is on trial",
					BOOLEANS)
			.condition("", "Customer(tenureDays == null || tenureDays < $param)",
					"Customer for fewer days than (or unknown)")
			.condition("", "Holding(productId == $c.fromProductId, ageDays == null || ageDays < $param)",
					"Product held for fewer days than (or unknown)")
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("UpsellWaitsForTrialToEnd", "No upsell while the customer's product is on trial.", "UPSELL", "true",
					null, null, "TRIAL_PERIOD")
			.row("UpsellWaitsForOnboarding", "No upsell in the first 14 days as a customer.", "UPSELL", null, 14, null,
					"TRIAL_PERIOD")
			.row("UpsellWaitsWhileProductIsNew", "No upsell in the first 14 days with the product.", "UPSELL", null,
					null, 14, "TRIAL_PERIOD")
			.done();
	}

	private static DecisionTableWriter complaints() {
		return workbook("throttles", "Complaints")
			.notes("A complaint or support incident is resolved first: no offer of any kind while one is open.")
			.table("OpenComplaints")
			.condition("$c: Candidate", "forall(||){type == OfferType.$}", "Offer type is one of (comma list)",
					codes(OfferType.class))
			.condition("Customer", "openComplaints >= $param", "Open complaints at least")
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("OpenComplaintStopsEveryOffer", "No offer while the customer has an open complaint.", ALL_TYPES, 1,
					"OPEN_COMPLAINT")
			.done();
	}

	private static DecisionTableWriter consent() {
		return workbook("throttles", "Consent")
			.notes("No offer through an outbound marketing channel (email, SMS, direct mail, call) without marketing "
					+ "consent. An unknown channel counts as outbound and a missing consent counts as no consent.")
			.table("Consent")
			.condition("$c: Candidate", "forall(||){type == OfferType.$}", "Offer type is one of (comma list)",
					codes(OfferType.class))
			.condition("Event", "outbound == $param", "Channel is outbound (or unknown)", BOOLEANS)
			.condition("Customer", "marketingConsent == $param", "Customer gave marketing consent", BOOLEANS)
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("OutboundOfferNeedsConsent", "No outbound offer to a customer without marketing consent.", ALL_TYPES,
					"true", "false", "NO_CONSENT")
			.done();
	}

	private static DecisionTableWriter budget() {
		return workbook("throttles", "Budget")
			.notes("No upsell priced above the customer's stated budget times the factor (a downsell may be offered "
					+ "instead). A customer who stated no budget is not limited.")
			.table("OverBudget")
			.condition("$c: Candidate", "type == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("", "Customer(budget != null, budget * $param < $c.price)", "Price above budget times")
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("UpsellAboveBudgetIsNotOffered", "No upsell that costs more than the customer's budget.", "UPSELL", 1,
					"OVER_BUDGET")
			.done();
	}

	private static DecisionTableWriter frequency() {
		return workbook("throttles", "Frequency")
			.notes("Frequency caps, enforced by frequency.drl: at most 'max offers' offer contacts within 'window "
					+ "days'. An outbound-only cap applies when this decision goes out through an outbound channel "
					+ "and counts the offers sent through that same channel; the other caps count all offers.")
			.table("FrequencyCaps")
			.action("boolean outboundOnly = $param;", "Outbound channel only", BOOLEANS)
			.action("int windowDays = $param;", "Window (days)")
			.action("insert(new FrequencyCap(outboundOnly, windowDays, $param));", "Max offers in the window")
			.row("OneOutboundOfferPerChannelPerWeek", "At most 1 offer per outbound channel per 7 days.", "true", 7, 1)
			.row("TwoOffersPerMonth", "At most 2 offers per 30 days over all channels.", "false", 30, 2)
			.done();
	}

	private static DecisionTableWriter cooldown() {
		return workbook("throttles", "Cooldown")
			.notes("Decline cool-downs, enforced by cooldown.drl: after 'declines' declines within 'window days', no "
					+ "offer of the same type (or, with 'same product', of the same product) for 'cool-down days' "
					+ "after the latest decline.")
			.table("DeclineCooldowns")
			.action("int declines = $param;", "Declines")
			.action("int windowDays = $param;", "Within (days)")
			.action("boolean sameProduct = $param;", "Same product (else same offer type)", BOOLEANS)
			.action("insert(new DeclineCooldown(declines, windowDays, sameProduct, $param));", "Cool-down (days)")
			.row("SameOfferTypeRestsAfterADecline", "After a decline, no offer of that type for 30 days.", 1, 30,
					"false", 30)
			.row("ProductRestsAfterTwoDeclines", "After 2 declines in 90 days, none of that product for 180 days.", 2,
					90, "true", 180)
			.done();
	}

	private static DecisionTableWriter chainedUpsell() {
		return workbook("throttles", "ChainedUpsell")
			.notes("One upsell per consideration session, enforced by chained-upsell.drl: an upsell presented or "
					+ "accepted within the session days ends the session's upsells.")
			.table("ChainPolicies")
			.action("insert(new ChainPolicy($param));", "Session (days)")
			.row("OneUpsellPerSession", "No second upsell within 1 day of an upsell.", 1)
			.done();
	}

	private static DecisionTableWriter followUp() {
		return workbook("throttles", "FollowUp")
			.notes("After an accepted upsell a follow-up (satisfaction check) is due after the delay, and further "
					+ "upsells wait for it; enforced by follow-up.drl.")
			.table("FollowUpPolicies")
			.action("insert(new FollowUpPolicy($param));", "Follow-up after (days)")
			.row("FollowUpThirtyDaysAfterAcceptedUpsell", "Check satisfaction 30 days after an accepted upsell.", 30)
			.done();
	}

}
