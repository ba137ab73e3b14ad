package com.offertiming.facts;

/** An offer the catalog proposes at an opening, before gates, throttles and arbitration. */
public record Candidate(OfferType type, String productId, String fromProductId, MomentType moment, long price) {

	public Candidate(Opening opening, String productId, long price) {
		this(opening.offerType(), productId, opening.productId(), opening.moment(), price);
	}

	public ContactType contactType() {
		return ContactType.of(type);
	}

}
