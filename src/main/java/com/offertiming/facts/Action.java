package com.offertiming.facts;

/** A service action instead of (or besides) an offer; {@code productId} may be null. */
public record Action(ActionKind kind, String productId) {
}
