package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.BOOLEANS;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.EventType;
import com.offertiming.facts.MomentType;
import com.offertiming.facts.OfferType;
import com.offertiming.facts.Scope;
import com.offertiming.facts.Sentiment;

/** moments/: which timings make an offer welcome, and which offer type each timing justifies. */
final class MomentWorkbooks {

	private MomentWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		Map<String, DecisionTableWriter> workbooks = new LinkedHashMap<>();
		workbooks.put("moments/moments.drl.xlsx", moments());
		workbooks.put("moments/justification.drl.xlsx", justification());
		return workbooks;
	}

	private static DecisionTableWriter moments() {
		// insertLogical: a moment noticed by several rows (the event and a holding) is still one moment
		DecisionTableWriter workbook = workbook("moments", "Moments")
			.notes("Recognises the moments that make an offer welcome. EventMoments reads what just happened to a "
					+ "product in focus: one named by the event (EVENT) or one the customer holds (HOLDING). "
					+ "HoldingMoments reads the customer's products themselves (usage, age, renewal). "
					+ "An unknown value (no sentiment, no NPS answer, no usage) never makes a moment. "
					+ "A moment noticed by several rows counts once.");
		workbook.table("EventMoments")
			.condition("$e: Event", "type == EventType.$param", "Event type", codes(EventType.class))
			.condition("$e: Event", "sentiment == Sentiment.$param", "Sentiment is", codes(Sentiment.class))
			.condition("$e: Event", "sentiment != null, sentiment != Sentiment.$param",
					"Unless sentiment is (sentiment must be known)", codes(Sentiment.class))
			.condition("$e: Event", "forall(||){topic == \"$\"}", "Topic is one of (comma list)")
			.condition("Customer", "nps >= $param", "NPS at least")
			.condition("$f: Focus", "scope == Scope.$param", "Product in focus (required)", codes(Scope.class))
			.action("insertLogical(new Moment(MomentType.$param, $f.productId()));", "Moment",
					codes(MomentType.class))
			.row("AttendedEventIsEmotionalPeak", "The customer just attended our event and was not unhappy with it.",
					"EVENT_ATTENDED", null, "NEGATIVE", null, null, "EVENT", "EMOTIONAL_PEAK")
			.row("PositiveReviewIsEmotionalPeak", "The customer just posted a positive review of the product.",
					"REVIEW_POSTED", "POSITIVE", null, null, null, "EVENT", "EMOTIONAL_PEAK")
			.row("PositiveReviewIsEmotionalPeakOfHeldProduct",
					"A positive review also lifts the mood about the products the customer holds.",
					"REVIEW_POSTED", "POSITIVE", null, null, null, "HOLDING", "EMOTIONAL_PEAK")
			.row("HighSurveyScoreIsEmotionalPeak", "The customer just answered a survey with 9 or 10.",
					"SURVEY_ANSWERED", null, null, null, 9, "HOLDING", "EMOTIONAL_PEAK")
			.row("PraiseToSupportIsEmotionalPeak", "The customer contacted support to praise the product.",
					"SUPPORT_CONTACT", "POSITIVE", null, null, null, "HOLDING", "EMOTIONAL_PEAK")
			.row("CheckoutIsPurchaseDecision", "The customer is checking out the product.",
					"CHECKOUT", null, null, null, null, "EVENT", "PURCHASE_DECISION")
			.row("ConfirmedPurchaseIsPurchaseDecision", "The customer just confirmed the purchase or signed.",
					"PURCHASE_CONFIRMED", null, null, null, null, "EVENT", "PURCHASE_DECISION")
			.row("ProductViewIsConsideration", "The customer is looking at the product, not decided yet.",
					"PRODUCT_VIEWED", null, null, null, null, "EVENT", "CONSIDERATION")
			.row("SupportContactRevealsNeed",
					"A support contact about a limit or missing feature shows a need the next tier solves.",
					"SUPPORT_CONTACT", null, "NEGATIVE",
					"STORAGE_FULL, USER_LIMIT_REACHED, NEEDS_MORE_FEATURES, SLOW_PERFORMANCE", null, "HOLDING",
					"ISSUE_DISCOVERED")
			.row("UsageAlertIsIssueDiscovered", "We alerted the customer that usage is near the plan limit.",
					"USAGE_ALERT", null, null, null, null, "EVENT", "ISSUE_DISCOVERED")
			.row("RenewalDueIsRenewalWindow", "The contract of the product is due for renewal.",
					"RENEWAL_DUE", null, null, null, null, "EVENT", "RENEWAL_WINDOW")
			.row("CancellationRequestIsChurnRisk", "The customer asked to cancel the product.",
					"CANCELLATION_REQUEST", null, null, null, null, "EVENT", "CHURN_RISK")
			.row("CancellationRequestIsChurnRiskForHeldProduct",
					"A customer asking to cancel may leave any product they hold.",
					"CANCELLATION_REQUEST", null, null, null, null, "HOLDING", "CHURN_RISK");
		workbook.table("HoldingMoments")
			.condition("$h: Holding", "usagePercent >= $param", "Usage of plan limit at least (%)")
			.condition("$h: Holding", "ageDays >= $param", "Held for days at least")
			.condition("$h: Holding", "daysToRenewal >= $param", "Renews in days from")
			.condition("$h: Holding", "daysToRenewal <= $param", "Renews in days to")
			.condition("$h: Holding", "forall(||){productId == \"$\"}", "Product is one of (comma list)")
			.condition("$h: Holding", "overBudget == $param", "Price over the customer's budget", BOOLEANS)
			.condition("Customer", "nps >= $param", "NPS at least")
			.condition("Event", "sentiment == Sentiment.$param", "Event sentiment is", codes(Sentiment.class))
			.action("insertLogical(new Moment(MomentType.$param, $h.productId()));", "Moment",
					codes(MomentType.class))
			.row("UsageNearLimitIsIssueDiscovered", "The customer uses 80% or more of the plan limit.",
					80, null, null, null, null, null, null, null, "ISSUE_DISCOVERED")
			.row("SatisfiedFrontEndUserIsReadyForBackEnd",
					"A satisfied customer (NPS 7+) has used the free or low-price product for 30 days or more.",
					null, 30, null, null, "STORAGE-FREE, DRINK-SINGLE", null, 7, null, "FRONT_TO_BACK_END")
			.row("PositiveFrontEndUserIsReadyForBackEnd",
					"A customer who is positive right now has used the free or low-price product for 30 days or more.",
					null, 30, null, null, "STORAGE-FREE, DRINK-SINGLE", null, null, "POSITIVE", "FRONT_TO_BACK_END")
			.row("RenewingWithHighUsageIsRenewalWindow",
					"The contract renews within 90 days and usage (70%+) shows the need: no hard sell at renewal.",
					70, null, 0, 90, null, null, null, null, "RENEWAL_WINDOW")
			.row("HeldPlanOverBudgetIsChurnRisk", "The customer's plan costs more than their stated budget.",
					null, null, null, null, null, "true", null, null, "CHURN_RISK");
		return workbook;
	}

	private static DecisionTableWriter justification() {
		return workbook("moments", "Justification")
			.notes("Says which type of offer each moment justifies. A moment missing here justifies nothing.")
			.table("MomentsJustifyOffers")
			.condition("$m: Moment", "type == MomentType.$param", "Moment", codes(MomentType.class))
			.action("insertLogical(new Opening($m, OfferType.$param));", "Justifies offer type",
					codes(OfferType.class))
			.row("EmotionalPeakJustifiesUpsell", "A happy customer welcomes a better product or event goods.",
					"EMOTIONAL_PEAK", "UPSELL")
			.row("PurchaseDecisionJustifiesCrossSell", "Once decided, add-ons used with the product are welcome.",
					"PURCHASE_DECISION", "CROSS_SELL")
			.row("PurchaseDecisionJustifiesOneUpsell",
					"The next plan as one clear option; arbitration keeps one upsell per decision.",
					"PURCHASE_DECISION", "UPSELL")
			.row("ConsiderationJustifiesUpsell", "While comparing, explain the next tier; no cross-sell yet.",
					"CONSIDERATION", "UPSELL")
			.row("IssueDiscoveredJustifiesUpsell", "Offer the product that solves the need that surfaced.",
					"ISSUE_DISCOVERED", "UPSELL")
			.row("FrontEndJustifiesBackEndUpsell", "A satisfied front-end user is offered the back-end product.",
					"FRONT_TO_BACK_END", "UPSELL")
			.row("RenewalWindowJustifiesUpsell", "At renewal, when usage shows the need, the next plan.",
					"RENEWAL_WINDOW", "UPSELL")
			.row("RenewalWindowJustifiesAddOn", "At renewal, when usage shows the need, an add-on.",
					"RENEWAL_WINDOW", "CROSS_SELL")
			.row("ChurnRiskJustifiesDownsell", "A customer about to leave is offered a cheaper plan.",
					"CHURN_RISK", "DOWNSELL")
			.done();
	}

}
