package com.offertiming.ruleset.workbooks;

import static com.offertiming.ruleset.workbooks.DecisionTableWriter.codes;
import static com.offertiming.ruleset.workbooks.DecisionTableWriter.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import com.offertiming.facts.MomentType;
import com.offertiming.facts.OfferType;

/** offers/: the catalog of what may be offered to whom, at which price. */
final class OfferWorkbooks {

	private static final String UP = "UPSELL";

	private static final String X = "CROSS_SELL";

	private static final String DOWN = "DOWNSELL";

	private OfferWorkbooks() {
	}

	static Map<String, DecisionTableWriter> workbooks() {
		return new LinkedHashMap<>(Map.of("offers/catalog.drl.xlsx", catalog()));
	}

	private static DecisionTableWriter catalog() {
		// insertLogical: two rows proposing the same offer at the same opening still make one candidate
		DecisionTableWriter.Table catalog = workbook("offers", "Catalog")
			.notes("The default catalog (replace it with your own). Each row: when the customer has or buys the "
					+ "first product and a moment justifies this type of offer, the offered product becomes a "
					+ "candidate at this price (yen). 'Only at moment' restricts a row to one moment; blank = any "
					+ "moment that justifies the type. Gates, throttles and arbitration decide later whether it is made.")
			.table("Catalog")
			.condition("$o: Opening", "productId == \"$param\"", "Customer has or buys")
			.condition("$o: Opening", "offerType == OfferType.$param", "Offer type", codes(OfferType.class))
			.condition("$o: Opening", "moment == MomentType.$param", "Only at moment (usually blank)",
					codes(MomentType.class))
			.action("long price = $param;", "Price (yen)")
			.action("insertLogical(new Candidate($o, \"$param\", price));", "Offered product");
		offer(catalog, "StandardPhoneUpsellsToProPhone", "The higher-spec phone.", "PHONE-STD", UP, null, 159800,
				"PHONE-PRO");
		offer(catalog, "PhoneCrossSellsCase", "A case for the new phone.", "PHONE-STD", X, null, 3980, "PHONE-CASE");
		offer(catalog, "PhoneCrossSellsScreenFilm", "A screen film for the new phone.", "PHONE-STD", X, null, 1980,
				"SCREEN-FILM");
		offer(catalog, "PhoneBuyerCrossSellsWifiRouter",
				"Customers who bought this phone often bought a Wi-Fi router too (history-based): only at purchase.",
				"PHONE-STD", X, "PURCHASE_DECISION", 12800, "WIFI-ROUTER");
		offer(catalog, "BasicWarrantyUpsellsToPlusWarranty", "Longer, wider warranty.", "WARRANTY-BASIC", UP, null,
				9800, "WARRANTY-PLUS");
		offer(catalog, "TvCrossSellsStand", "A stand for the TV.", "TV-55", X, null, 19800, "TV-STAND");
		offer(catalog, "TvCrossSellsHdmiCable", "An HDMI cable for the TV.", "TV-55", X, null, 1980, "HDMI-CABLE");
		offer(catalog, "CameraCrossSellsCase", "A case for the camera.", "CAMERA", X, null, 6980, "CAMERA-CASE");
		offer(catalog, "CameraCrossSellsTripod", "A tripod for the camera.", "CAMERA", X, null, 8980, "TRIPOD");
		offer(catalog, "BasicGymUpsellsToPremiumGym", "The premium gym plan (monthly).", "GYM-BASIC", UP, null,
				12000, "GYM-PREMIUM");
		offer(catalog, "BasicGymUpsellsPersonalTraining", "Personal training sessions (monthly).", "GYM-BASIC", UP,
				null, 8000, "PERSONAL-TRAINING");
		offer(catalog, "GymCrossSellsWearRental", "Training wear rental (monthly).", "GYM-BASIC", X, null, 1100,
				"WEAR-RENTAL");
		offer(catalog, "GymCrossSellsBottle", "A gym bottle.", "GYM-BASIC", X, null, 1500, "BOTTLE");
		offer(catalog, "PremiumGymDownsellsToBasicGym", "The basic gym plan instead of leaving.", "GYM-PREMIUM",
				DOWN, null, 7000, "GYM-BASIC");
		offer(catalog, "BasicSaasUpsellsToProSaas", "The pro plan (monthly).", "SAAS-BASIC", UP, null, 50000,
				"SAAS-PRO");
		offer(catalog, "BasicSaasUpsellsFiftyUsers", "Up to 50 users (monthly).", "SAAS-BASIC", UP, null, 30000,
				"USERS-50");
		offer(catalog, "BasicSaasUpsellsMoreStorage", "500 GB storage (monthly).", "SAAS-BASIC", UP, null, 10000,
				"STORAGE-500GB");
		offer(catalog, "SaasCrossSellsAnalytics", "The analytics add-on (monthly).", "SAAS-BASIC", X, null, 20000,
				"ANALYTICS-ADDON");
		offer(catalog, "SaasCrossSellsApi", "The API add-on (monthly).", "SAAS-BASIC", X, null, 15000, "API-ADDON");
		offer(catalog, "ProSaasUpsellsToEnterpriseSaas", "The enterprise plan (monthly).", "SAAS-PRO", UP, null,
				150000, "SAAS-ENTERPRISE");
		offer(catalog, "ProSaasDownsellsToBasicSaas", "The basic plan instead of leaving.", "SAAS-PRO", DOWN, null,
				20000, "SAAS-BASIC");
		offer(catalog, "EnterpriseSaasDownsellsToProSaas", "The pro plan instead of leaving.", "SAAS-ENTERPRISE",
				DOWN, null, 50000, "SAAS-PRO");
		offer(catalog, "MarketingToolCrossSellsSalesTool", "Sales force automation next to marketing automation.",
				"MA-TOOL", X, null, 60000, "SFA-TOOL");
		offer(catalog, "AccountingCrossSellsExpenseTool", "Expense management next to accounting.", "ACCOUNTING", X,
				null, 30000, "EXPENSE-TOOL");
		offer(catalog, "CrmCrossSellsSupportDesk", "A support desk tool next to the CRM.", "CRM", X, null, 40000,
				"SUPPORT-DESK");
		offer(catalog, "CopierCrossSellsToner", "Toner for the copier.", "COPIER", X, null, 15000, "TONER");
		offer(catalog, "CopierCrossSellsPaper", "Paper for the copier.", "COPIER", X, null, 4000, "PAPER");
		offer(catalog, "ServerCrossSellsMaintenance", "A maintenance contract for the server.", "SERVER", X, null,
				120000, "MAINTENANCE");
		offer(catalog, "ServerCrossSellsBackup", "A backup service for the server.", "SERVER", X, null, 80000,
				"BACKUP");
		offer(catalog, "FreeStorageUpsellsToPaidStorage", "The paid storage plan for a satisfied free user.",
				"STORAGE-FREE", UP, "FRONT_TO_BACK_END", 1500, "STORAGE-PLUS");
		offer(catalog, "SingleDrinkUpsellsToSubscription", "A delivery subscription for a satisfied buyer.",
				"DRINK-SINGLE", UP, "FRONT_TO_BACK_END", 3000, "DRINK-SUBSCRIPTION");
		offer(catalog, "SingleDrinkUpsellsToSixPack", "The six-pack (volume).", "DRINK-SINGLE", UP, null, 900,
				"DRINK-6PACK");
		offer(catalog, "FestivalTicketUpsellsMerch", "Festival goods, while the customer is excited.",
				"FESTIVAL-TICKET", UP, "EMOTIONAL_PEAK", 4500, "FESTIVAL-MERCH");
		offer(catalog, "BasicInsuranceUpsellsToPlusInsurance", "Wider cover (monthly), unless already covered.",
				"INSURANCE-BASIC", UP, null, 3000, "INSURANCE-PLUS");
		return catalog.done();
	}

	private static void offer(DecisionTableWriter.Table catalog, String name, String description, String from,
			String type, String onlyAt, long price, String product) {
		catalog.row(name, description, from, type, onlyAt, price, product);
	}

}
