package com.offertiming.facts;

/** Policy: a follow-up is due this many days after an accepted upsell; further upsells wait for it. */
public record FollowUpPolicy(int delayDays) implements Policy {
}
