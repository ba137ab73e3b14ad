package com.offertiming.facts;

/** What a past contact with the customer was: an offer of some type, or a service action. */
public enum ContactType {
	UPSELL, CROSS_SELL, DOWNSELL, FOLLOW_UP, WIN_BACK, NURTURE;

	public static ContactType of(OfferType type) {
		return valueOf(type.name());
	}
}
