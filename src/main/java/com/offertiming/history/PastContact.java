package com.offertiming.history;

import java.time.Instant;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;

/**
 * One contact with a customer as the stored history knows it: an offer of a stored decision, in its latest state,
 * dated when it reached that state.
 */
public record PastContact(Instant at, String productId, ContactType type, Channel channel, ContactOutcome outcome) {
}
