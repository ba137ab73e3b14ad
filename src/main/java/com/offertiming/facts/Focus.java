package com.offertiming.facts;

/** A product the decision is about: one named by the event, or one the customer holds. */
public record Focus(String productId, Scope scope) {
}
