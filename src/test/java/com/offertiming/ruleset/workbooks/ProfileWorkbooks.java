package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.BOOLEANS;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.NpsBand;
import com.offertiming.facts.Segment;

/** profile/: what the customer is (NPS class, RFM scores, LTV, CPM segment, loyal or not). */
final class ProfileWorkbooks {

	private ProfileWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		Map<String, DecisionTableWriter> workbooks = new LinkedHashMap<>();
		workbooks.put("profile/nps.drl.xlsx", nps());
		workbooks.put("profile/rfm.drl.xlsx", rfm());
		workbooks.put("profile/ltv.drl.xlsx", ltv());
		workbooks.put("profile/cpm.drl.xlsx", cpm());
		workbooks.put("profile/loyalty.drl.xlsx", loyalty());
		return workbooks;
	}

	private static DecisionTableWriter nps() {
		return workbook("profile", "NPS")
			.notes("Sorts the customer into promoter, passive or detractor by the latest 'would you recommend' "
					+ "answer (0 to 10). A customer who never answered gets no class: not a promoter.")
			.table("NpsClasses")
			.condition("$c: Customer", "nps >= $param", "NPS from")
			.condition("$c: Customer", "nps <= $param", "NPS to")
			.action("insert(new NpsClass(NpsBand.$param));", "NPS class", codes(NpsBand.class))
			.row("NineOrTenIsPromoter", "Answered 9 or 10: a promoter.", 9, 10, "PROMOTER")
			.row("SevenOrEightIsPassive", "Answered 7 or 8: passive.", 7, 8, "PASSIVE")
			.row("SixOrLessIsDetractor", "Answered 0 to 6: a detractor.", 0, 6, "DETRACTOR")
			.done();
	}

	private static DecisionTableWriter rfm() {
		DecisionTableWriter workbook = workbook("profile", "RFM")
			.notes("Scores the customer 1 (weak) to 5 (strong) on Recency (days since the last purchase), "
					+ "Frequency (purchases in the last 12 months) and Monetary (spend in the last 12 months, yen). "
					+ "A blank 'to' cell means no upper limit.");
		workbook.table("Recency")
			.condition("$c: Customer", "recencyDays >= $param", "Days since last purchase from")
			.condition("$c: Customer", "recencyDays <= $param", "Days since last purchase to")
			.action("insert(new RfmScore(RfmDimension.RECENCY, $param));", "Recency score")
			.row("BoughtWithinAMonthScoresRecencyFive", "Last purchase 0 to 30 days ago.", 0, 30, 5)
			.row("BoughtWithinThreeMonthsScoresRecencyFour", "Last purchase 31 to 90 days ago.", 31, 90, 4)
			.row("BoughtWithinHalfAYearScoresRecencyThree", "Last purchase 91 to 180 days ago.", 91, 180, 3)
			.row("BoughtWithinAYearScoresRecencyTwo", "Last purchase 181 to 365 days ago.", 181, 365, 2)
			.row("NoPurchaseForOverAYearScoresRecencyOne", "Last purchase 366 or more days ago.", 366, null, 1);
		workbook.table("Frequency")
			.condition("$c: Customer", "count12m >= $param", "Purchases in 12 months from")
			.condition("$c: Customer", "count12m <= $param", "Purchases in 12 months to")
			.action("insert(new RfmScore(RfmDimension.FREQUENCY, $param));", "Frequency score")
			.row("MonthlyBuyerScoresFrequencyFive", "12 or more purchases in the last 12 months.", 12, null, 5)
			.row("RegularBuyerScoresFrequencyFour", "6 to 11 purchases in the last 12 months.", 6, 11, 4)
			.row("OccasionalBuyerScoresFrequencyThree", "3 to 5 purchases in the last 12 months.", 3, 5, 3)
			.row("RepeatBuyerScoresFrequencyTwo", "2 purchases in the last 12 months.", 2, 2, 2)
			.row("RareBuyerScoresFrequencyOne", "0 or 1 purchase in the last 12 months.", 0, 1, 1);
		workbook.table("Monetary")
			.condition("$c: Customer", "spend12m >= $param", "Spend in 12 months from (yen)")
			.condition("$c: Customer", "spend12m <= $param", "Spend in 12 months to (yen)")
			.action("insert(new RfmScore(RfmDimension.MONETARY, $param));", "Monetary score")
			.row("BigSpenderScoresMonetaryFive", "Spent 200,000 yen or more in the last 12 months.", 200000, null, 5)
			.row("HighSpenderScoresMonetaryFour", "Spent 100,000 to 199,999 yen.", 100000, 199999, 4)
			.row("MidSpenderScoresMonetaryThree", "Spent 50,000 to 99,999 yen.", 50000, 99999, 3)
			.row("LowSpenderScoresMonetaryTwo", "Spent 10,000 to 49,999 yen.", 10000, 49999, 2)
			.row("MinimalSpenderScoresMonetaryOne", "Spent less than 10,000 yen.", 0, 9999, 1);
		return workbook;
	}

	private static DecisionTableWriter ltv() {
		return workbook("profile", "LTV")
			.notes("Lifetime value = average order value x purchases per year x expected years as a customer. "
					+ "Only computed when the purchases of the last 12 months are known.")
			.table("LifetimeValue")
			.condition("$c: Customer", "kind == CustomerKind.$param", "Customer kind", codes(CustomerKind.class))
			.condition("$c: Customer", "count12m >= $param", "Purchases in 12 months at least")
			.condition("$c: Customer", "spend12m >= $param", "Spend in 12 months at least (yen)")
			.action("insert(Ltv.of($c, $param));", "Expected years as a customer")
			.row("ConsumerStaysThreeYears", "A consumer who bought this year is expected to stay 3 years.",
					"CONSUMER", 1, 0, 3)
			.row("BusinessStaysFiveYears", "A business customer who bought this year is expected to stay 5 years.",
					"BUSINESS", 1, 0, 5)
			.done();
	}

	private static DecisionTableWriter cpm() {
		DecisionTableWriter workbook = workbook("profile", "CPM")
			.setting("Sequential", "true")
			.setting("ACTIVATION-GROUP", "cpm")
			.notes("Places the customer in one of ten CPM segments by purchase count, total spend, tenure and days "
					+ "since the last purchase. The rows are tried top to bottom and the FIRST matching row wins, "
					+ "so keep the most demanding segments on top. Lapsed = more than 90 days since the last purchase.");
		workbook.table("CpmSegments")
			.condition("Customer", "totalCount >= $param", "Purchases from")
			.condition("Customer", "totalCount <= $param", "Purchases to")
			.condition("Customer", "totalSpend >= $param", "Total spend from (yen)")
			.condition("Customer", "totalSpend <= $param", "Total spend to (yen)")
			.condition("Customer", "tenureDays >= $param", "Customer for days from")
			.condition("Customer", "tenureDays <= $param", "Customer for days to")
			.condition("Customer", "recencyDays >= $param", "Days since last purchase from")
			.condition("Customer", "recencyDays <= $param", "Days since last purchase to")
			.action("boolean lapsed = $param;", "Lapsed", BOOLEANS)
			.action("insert(new CpmSegment(Segment.$param, lapsed));", "Segment", codes(Segment.class))
			.row("ActiveLoyalCustomer", "10+ purchases, 100,000+ yen, a customer for a year, bought in the last 90 days.",
					10, null, 100000, null, 365, null, 0, 90, "false", "LOYAL")
			.row("LapsedLoyalCustomer", "Loyal by history but no purchase for more than 90 days.",
					10, null, 100000, null, 365, null, 91, null, "true", "LOYAL")
			.row("ActiveTrendyCustomer", "Bought twice or more for 50,000+ yen within their first year, recently.",
					2, null, 50000, null, null, 364, 0, 90, "false", "TRENDY")
			.row("LapsedTrendyCustomer", "Trendy by history but no purchase for more than 90 days.",
					2, null, 50000, null, null, 364, 91, null, "true", "TRENDY")
			.row("ActiveSteadyCustomer", "4+ purchases, a customer for a year, bought in the last 90 days.",
					4, null, null, null, 365, null, 0, 90, "false", "STEADY")
			.row("LapsedSteadyCustomer", "Steady by history but no purchase for more than 90 days.",
					4, null, null, null, 365, null, 91, null, "true", "STEADY")
			.row("ActiveEarlyRepeatCustomer", "Bought twice or more, recently.",
					2, null, null, null, null, null, 0, 90, "false", "EARLY_REPEAT")
			.row("LapsedEarlyRepeatCustomer", "Bought twice or more, but not for more than 90 days.",
					2, null, null, null, null, null, 91, null, "true", "EARLY_REPEAT")
			.row("ActiveFirstTimeCustomer", "Bought once, in the last 90 days.",
					1, 1, null, null, null, null, 0, 90, "false", "FIRST_TIME")
			.row("LapsedFirstTimeCustomer", "Bought once, more than 90 days ago.",
					1, 1, null, null, null, null, 91, null, "true", "FIRST_TIME");
		return workbook;
	}

	private static DecisionTableWriter loyalty() {
		return workbook("profile", "Loyalty")
			.notes("Numeric definitions of a loyal customer. Any matching row makes the customer loyal; "
					+ "a 'potential' loyal customer is a promoter who does not spend much yet.")
			.table("LoyalCustomers")
			.condition("Customer", "spend12m >= $param", "Spend in 12 months from (yen)")
			.condition("Customer", "spend12m <= $param", "Spend in 12 months to (yen)")
			.condition("NpsClass", "band == NpsBand.$param", "NPS class", codes(NpsBand.class))
			.condition("Ltv", "value >= $param", "Lifetime value at least (yen)")
			.action("boolean potential = $param;", "Potential only", BOOLEANS)
			.action("insert(new LoyalCustomer(\"$param\", potential));", "Basis")
			.row("LoyalBySpend", "Spent 50,000 yen or more in the last 12 months.",
					50000, null, null, null, "false", "HIGH_SPEND")
			.row("LoyalByLifetimeValue", "A lifetime value of 300,000 yen or more.",
					null, null, null, 300000, "false", "HIGH_LTV")
			.row("PromoterWithLowSpendIsPotentialLoyal", "A promoter who spent less than 50,000 yen this year.",
					null, 49999, "PROMOTER", null, "true", "POTENTIAL")
			.done();
	}

}
