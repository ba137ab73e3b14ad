package com.offertiming.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.offertiming.scenario.Column.*;
import static com.offertiming.scenario.ScenarioWorkbookWriter.scenario;

/**
 * The shipped scenarios, one per moment, gate and throttle of the default catalog (DOMAIN.md), written to
 * {@code rules/scenarios/default-scenarios.xlsx}. Regenerate after changing them:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.offertiming.scenario.DefaultScenarios}
 */
public final class DefaultScenarios {

	static final Path FILE = Path.of("rules/scenarios/default-scenarios.xlsx");

	private DefaultScenarios() {
	}

	public static void main(String[] args) throws IOException {
		Path file = args.length > 0 ? Path.of(args[0]) : FILE;
		Files.createDirectories(file.getParent());
		Files.write(file, ScenarioWorkbookWriter.write(all()));
		System.out.println("Wrote " + all().size() + " scenarios to " + file);
	}

	/** A loyal, consenting promoter with nothing holding offers back; each scenario changes what it is about. */
	private static ScenarioWorkbookWriter.Scenario promoter(String name) {
		return scenario(name).with(CUSTOMER_KIND, "CONSUMER").with(NPS, 9).with(CONSENT, "yes").with(BUDGET, 500000)
			.with(OPEN_COMPLAINTS, 0).with(FULLY_COVERED, "no").with(TENURE_DAYS, 700).with(LAST_PURCHASE_DAYS, 20)
			.with(PURCHASES_12M, 6).with(SPEND_12M, 84000).with(TOTAL_PURCHASES, 14).with(TOTAL_SPEND, 160000)
			.with(CHANNEL, "WEB");
	}

	static List<ScenarioWorkbookWriter.Scenario> all() {
		return List.of(
				promoter("ISSUE_DISCOVERED: SAAS-BASIC at 46 of 50 users asks support -> upsell SAAS-PRO")
					.with(CUSTOMER_KIND, "BUSINESS").with(HOLDING, "SAAS-BASIC").with(HELD_DAYS, 400)
					.with(TRIAL, "no").with(USAGE_USED, 46).with(USAGE_LIMIT, 50).with(EVENT, "SUPPORT_CONTACT")
					.with(TOPIC, "STORAGE_FULL").with(EXPECTED_OFFER, "UPSELL SAAS-PRO"),
				promoter("PURCHASE_DECISION: TV-55 at checkout -> cross-sell TV-STAND")
					.with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55").with(EXPECTED_OFFER, "CROSS_SELL TV-STAND"),
				promoter("EMOTIONAL_PEAK: just attended the festival -> upsell FESTIVAL-MERCH")
					.with(NPS, 10).with(CHANNEL, "APP").with(EVENT, "EVENT_ATTENDED")
					.with(EVENT_PRODUCTS, "FESTIVAL-TICKET").with(SENTIMENT, "POSITIVE")
					.with(EXPECTED_OFFER, "UPSELL FESTIVAL-MERCH"),
				promoter("FRONT_TO_BACK_END: STORAGE-FREE for 45 days, satisfied (nps 8) -> upsell STORAGE-PLUS")
					.with(NPS, 8).with(HOLDING, "STORAGE-FREE").with(HELD_DAYS, 45).with(TRIAL, "no")
					.with(CHANNEL, "APP").with(EVENT, "SURVEY_ANSWERED").with(SENTIMENT, "POSITIVE")
					.with(EXPECTED_OFFER, "UPSELL STORAGE-PLUS"),
				promoter("CONSIDERATION: browsing GYM-BASIC -> one upsell to GYM-PREMIUM")
					.with(EVENT, "PRODUCT_VIEWED").with(EVENT_PRODUCTS, "GYM-BASIC")
					.with(EXPECTED_OFFER, "UPSELL GYM-PREMIUM"),
				promoter("RENEWAL_WINDOW: SAAS-BASIC renews in 60 days at 42 of 50 users -> upsell SAAS-PRO")
					.with(CUSTOMER_KIND, "BUSINESS").with(HOLDING, "SAAS-BASIC").with(HELD_DAYS, 300)
					.with(TRIAL, "no").with(RENEWS_IN_DAYS, 60).with(USAGE_USED, 42).with(USAGE_LIMIT, 50)
					.with(EVENT, "RENEWAL_DUE").with(EXPECTED_OFFER, "UPSELL SAAS-PRO"),
				promoter("CHURN_RISK: asks to cancel SAAS-PRO -> downsell SAAS-BASIC")
					.with(CUSTOMER_KIND, "BUSINESS").with(NPS, 7).with(HOLDING, "SAAS-PRO").with(HELD_DAYS, 500)
					.with(TRIAL, "no").with(EVENT, "CANCELLATION_REQUEST").with(EVENT_PRODUCTS, "SAAS-PRO")
					.with(EXPECTED_OFFER, "DOWNSELL SAAS-BASIC"),
				promoter("DETRACTOR gate: nps 3 at TV-55 checkout -> nurture, no cross-sell")
					.with(NPS, 3).with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55")
					.with(EXPECTED_OFFER, "NO_OFFER").with(EXPECTED_SUPPRESSION, "DETRACTOR")
					.with(EXPECTED_ACTION, "NURTURE"),
				promoter("Lapsed gate: no purchase for 200 days -> win-back, not an upsell")
					.with(LAST_PURCHASE_DAYS, 200).with(PURCHASES_12M, 1).with(SPEND_12M, 3000)
					.with(EVENT, "PRODUCT_VIEWED").with(EVENT_PRODUCTS, "PHONE-STD").with(EXPECTED_ACTION, "WIN_BACK"),
				promoter("ALREADY_COVERED gate: fully covered INSURANCE-BASIC at renewal -> no INSURANCE-PLUS")
					.with(FULLY_COVERED, "yes").with(HOLDING, "INSURANCE-BASIC").with(HELD_DAYS, 365)
					.with(TRIAL, "no").with(RENEWS_IN_DAYS, 30).with(EVENT, "RENEWAL_DUE")
					.with(EVENT_PRODUCTS, "INSURANCE-BASIC").with(EXPECTED_SUPPRESSION, "ALREADY_COVERED"),
				promoter("OPEN_COMPLAINT throttle: a complaint is open at TV-55 checkout -> no offer")
					.with(OPEN_COMPLAINTS, 1).with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55")
					.with(EXPECTED_OFFER, "NO_OFFER").with(EXPECTED_SUPPRESSION, "OPEN_COMPLAINT"),
				promoter("NO_CONSENT throttle: renewal reminder by EMAIL without marketing consent")
					.with(CONSENT, "no").with(CHANNEL, "EMAIL").with(CUSTOMER_KIND, "BUSINESS")
					.with(HOLDING, "SAAS-BASIC").with(HELD_DAYS, 300).with(TRIAL, "no").with(RENEWS_IN_DAYS, 60)
					.with(USAGE_USED, 45).with(USAGE_LIMIT, 50).with(EVENT, "RENEWAL_DUE")
					.with(EXPECTED_OFFER, "NO_OFFER").with(EXPECTED_SUPPRESSION, "NO_CONSENT"),
				promoter("TRIAL_PERIOD throttle: GYM-BASIC on trial for 5 days -> no upsell yet")
					.with(HOLDING, "GYM-BASIC").with(HELD_DAYS, 5).with(TRIAL, "yes").with(EVENT, "PRODUCT_VIEWED")
					.with(EVENT_PRODUCTS, "GYM-BASIC").with(EXPECTED_SUPPRESSION, "TRIAL_PERIOD GYM-PREMIUM"),
				promoter("DECLINE_COOLDOWN throttle: declined TV-STAND 10 days ago")
					.with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55").with(CONTACT1_DAYS_AGO, 10)
					.with(CONTACT1_PRODUCT, "TV-STAND").with(CONTACT1_TYPE, "CROSS_SELL").with(CONTACT1_CHANNEL, "WEB")
					.with(CONTACT1_OUTCOME, "DECLINED").with(EXPECTED_SUPPRESSION, "DECLINE_COOLDOWN TV-STAND"),
				promoter("FREQUENCY_CAP throttle: an email offer 3 days ago, the next event comes by EMAIL")
					.with(CHANNEL, "EMAIL").with(HOLDING, "PHONE-STD").with(HELD_DAYS, 200).with(TRIAL, "no")
					.with(EVENT, "REVIEW_POSTED").with(EVENT_PRODUCTS, "PHONE-STD").with(SENTIMENT, "POSITIVE")
					.with(CONTACT1_DAYS_AGO, 3).with(CONTACT1_PRODUCT, "WARRANTY-PLUS")
					.with(CONTACT1_TYPE, "UPSELL").with(CONTACT1_CHANNEL, "EMAIL").with(CONTACT1_OUTCOME, "PRESENTED")
					.with(EXPECTED_SUPPRESSION, "FREQUENCY_CAP"),
				promoter("OVER_BUDGET throttle: budget 1,000 is below the PHONE-PRO price")
					.with(BUDGET, 1000).with(EVENT, "PRODUCT_VIEWED").with(EVENT_PRODUCTS, "PHONE-STD")
					.with(EXPECTED_SUPPRESSION, "OVER_BUDGET PHONE-PRO"),
				promoter("CHAINED_UPSELL throttle: PHONE-PRO was offered in this session -> no second upsell")
					.with(EVENT, "PRODUCT_VIEWED").with(EVENT_PRODUCTS, "PHONE-STD").with(CONTACT1_DAYS_AGO, 0)
					.with(CONTACT1_PRODUCT, "PHONE-PRO").with(CONTACT1_TYPE, "UPSELL").with(CONTACT1_CHANNEL, "WEB")
					.with(CONTACT1_OUTCOME, "PRESENTED").with(EXPECTED_SUPPRESSION, "CHAINED_UPSELL"),
				promoter("FOLLOW_UP: accepted the SAAS-PRO upsell 35 days ago -> satisfaction check first")
					.with(CUSTOMER_KIND, "BUSINESS").with(HOLDING, "SAAS-PRO").with(HELD_DAYS, 35).with(TRIAL, "no")
					.with(EVENT, "SUPPORT_CONTACT").with(CONTACT1_DAYS_AGO, 35).with(CONTACT1_PRODUCT, "SAAS-PRO")
					.with(CONTACT1_TYPE, "UPSELL").with(CONTACT1_CHANNEL, "SALES_REP")
					.with(CONTACT1_OUTCOME, "ACCEPTED").with(EXPECTED_ACTION, "FOLLOW_UP"));
	}

}
