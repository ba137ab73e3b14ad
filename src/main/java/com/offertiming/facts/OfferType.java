package com.offertiming.facts;

public enum OfferType {
	UPSELL, CROSS_SELL, DOWNSELL
}
