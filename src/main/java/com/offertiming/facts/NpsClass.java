package com.offertiming.facts;

/** Derived by the profile rules from the customer's latest NPS answer. */
public record NpsClass(NpsBand band) {
}
