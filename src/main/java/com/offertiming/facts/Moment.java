package com.offertiming.facts;

/** Derived: a timing that makes an offer about this product welcome. */
public record Moment(MomentType type, String productId) {
}
