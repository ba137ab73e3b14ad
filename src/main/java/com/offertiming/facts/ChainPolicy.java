package com.offertiming.facts;

/** Policy: an upsell presented or accepted within this many days ends the consideration session's upsells. */
public record ChainPolicy(int sessionDays) implements Policy {
}
