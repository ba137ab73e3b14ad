package com.offertiming.facts;

/** Policy: at most this many offers in one decision. */
public record OfferLimit(int maxOffers) implements Policy {
}
