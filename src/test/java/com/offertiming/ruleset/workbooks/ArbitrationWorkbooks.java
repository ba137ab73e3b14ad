package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.BOOLEANS;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.MomentType;
import com.offertiming.facts.NpsBand;
import com.offertiming.facts.OfferType;

/** arbitration/: how candidates that passed every gate and throttle are ranked, and how many are made. */
final class ArbitrationWorkbooks {

	private static final String LOYAL_FIRST = "UPSELL, CROSS_SELL";

	private ArbitrationWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		return new LinkedHashMap<>(Map.of("arbitration/priority.drl.xlsx", priority()));
	}

	private static DecisionTableWriter priority() {
		DecisionTableWriter workbook = workbook("arbitration", "Priority")
			.notes("Every matching PriorityWeights row adds its points to a candidate; candidates are offered best "
					+ "first (arbitration.drl), one upsell per decision, at most the OfferLimits number of offers. "
					+ "Without an OfferLimits row no offer is made.");
		workbook.table("PriorityWeights")
			.condition("$c: Candidate", "moment == MomentType.$param", "Moment", codes(MomentType.class))
			.condition("$c: Candidate", "forall(||){type == OfferType.$}", "Offer type is one of (comma list)",
					codes(OfferType.class))
			.condition("$c: Candidate", "price >= $param", "Price at least (yen)")
			.condition("", "exists LoyalCustomer(potential == $param)", "Loyal customer (true = potential only)",
					BOOLEANS)
			.condition("", "exists NpsClass(band == NpsBand.$param)", "NPS class", codes(NpsBand.class))
			.action("insert(new PriorityPoints($c, $param));", "Points")
			.row("PurchaseDecisionWeighsForty", "A decided customer is the best moment.", "PURCHASE_DECISION", null,
					null, null, null, 40)
			.row("IssueDiscoveredWeighsThirtyFive", "A surfaced need is a strong moment.", "ISSUE_DISCOVERED", null,
					null, null, null, 35)
			.row("EmotionalPeakWeighsThirty", "A happy customer is a good moment.", "EMOTIONAL_PEAK", null, null,
					null, null, 30)
			.row("ChurnRiskWeighsThirty", "Keeping a customer who would leave matters.", "CHURN_RISK", null, null,
					null, null, 30)
			.row("FrontToBackEndWeighsTwentyFive", "A satisfied front-end user.", "FRONT_TO_BACK_END", null, null,
					null, null, 25)
			.row("RenewalWindowWeighsTwenty", "A renewal that shows the need.", "RENEWAL_WINDOW", null, null, null,
					null, 20)
			.row("ConsiderationWeighsFifteen", "A customer still comparing.", "CONSIDERATION", null, null, null,
					null, 15)
			.row("LoyalCustomerComesFirst", "Upsells and cross-sells go first to loyal customers.", null,
					LOYAL_FIRST, null, "false", null, 20)
			.row("PotentialLoyalComesNext", "Then to potential loyal customers.", null, LOYAL_FIRST, null, "true",
					null, 10)
			.row("PromoterComesFirst", "Upsells and cross-sells go first to promoters.", null, LOYAL_FIRST, null,
					null, "PROMOTER", 10)
			.row("ValuableOfferComesFirst", "An offer worth 50,000 yen or more weighs a little more.", null, null,
					50000, null, null, 5);
		workbook.table("OfferLimits")
			.action("insert(new OfferLimit($param));", "Max offers per decision")
			.row("AtMostTwoOffersPerDecision", "At most 2 offers in one decision.", 2);
		return workbook;
	}

}
