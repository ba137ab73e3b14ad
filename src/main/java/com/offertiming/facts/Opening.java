package com.offertiming.facts;

/** Derived: a moment opens the door to one type of offer about its product. */
public record Opening(MomentType moment, String productId, OfferType offerType) {

	public Opening(Moment moment, OfferType offerType) {
		this(moment.type(), moment.productId(), offerType);
	}

}
