package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.BOOLEANS;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.ActionKind;
import com.offertiming.facts.NpsBand;
import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;

/** gates/: the loyalty conditions an offer must pass, and the service actions given instead. */
final class GateWorkbooks {

	private static final String SUPPRESS = "insert(new Suppression($c, Reason.$param));";

	private GateWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		return new LinkedHashMap<>(Map.of("gates/loyalty-gates.drl.xlsx", loyaltyGates()));
	}

	private static DecisionTableWriter loyaltyGates() {
		DecisionTableWriter workbook = workbook("gates", "LoyaltyGates")
			.notes("Loyalty gates stop a candidate offer (with the reason shown) and say which service action the "
					+ "customer gets instead. Detractors are nurtured, lapsed customers are won back, customers "
					+ "already covered or on the top tier are not upsold. coverage.drl beside this file also stops "
					+ "offering a product the customer already holds.");
		workbook.table("DetractorGate")
			.condition("$c: Candidate", "type == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("NpsClass", "band == NpsBand.$param", "NPS class", codes(NpsBand.class))
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("DetractorIsNeverUpsold", "A detractor gets no upsell: improve satisfaction first.", "UPSELL",
					"DETRACTOR", "DETRACTOR")
			.row("DetractorIsNeverCrossSold", "A detractor gets no cross-sell: improve satisfaction first.",
					"CROSS_SELL", "DETRACTOR", "DETRACTOR");
		workbook.table("ServiceActions")
			.condition("NpsClass", "band == NpsBand.$param", "NPS class", codes(NpsBand.class))
			.condition("CpmSegment", "lapsed == $param", "Lapsed CPM segment", BOOLEANS)
			.action("insert(new Action(ActionKind.$param, null));", "Service action", codes(ActionKind.class))
			.row("DetractorGetsNurture", "A detractor is nurtured: the service works on their satisfaction.",
					"DETRACTOR", null, "NURTURE")
			.row("LapsedCustomerGetsWinBack", "A lapsed customer gets a win-back action, not an upsell.", null,
					"true", "WIN_BACK");
		workbook.table("LapsedGate")
			.condition("$c: Candidate", "type == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("CpmSegment", "lapsed == $param", "Lapsed CPM segment", BOOLEANS)
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("LapsedCustomerIsNotUpsold", "A lapsed (dormant) customer is won back first, not upsold.", "UPSELL",
					"true", "LAPSED_SEGMENT");
		workbook.table("CoverageGate")
			.condition("$c: Candidate", "type == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("$c: Candidate", "forall(||){productId == \"$\"}", "Offered product is one of (comma list)")
			.condition("Customer", "fullyCovered == $param", "Customer fully covered", BOOLEANS)
			.condition("", "exists Holding(forall(||){productId == \"$\"})",
					"Customer holds one of (comma list)")
			.action(SUPPRESS, "Stopped because", codes(Reason.class))
			.row("FullyCoveredCustomerGetsNoInsuranceUpsell",
					"A customer with full coverage is not sold more insurance or warranty.", "UPSELL",
					"INSURANCE-PLUS, WARRANTY-PLUS", "true", null, "ALREADY_COVERED")
			.row("TopTierSaasHolderIsNotUpsold", "An enterprise-plan customer is already on the top tier.", "UPSELL",
					"SAAS-PRO, SAAS-ENTERPRISE, USERS-50, STORAGE-500GB", null, "SAAS-ENTERPRISE", "ALREADY_COVERED")
			.row("PremiumGymMemberIsNotUpsold", "A premium gym member is already on the top tier.", "UPSELL",
					"GYM-PREMIUM, PERSONAL-TRAINING", null, "GYM-PREMIUM", "ALREADY_COVERED");
		return workbook;
	}

}
