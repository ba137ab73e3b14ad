package com.offertiming.facts;

/** Arbitration chose this candidate, with the priority it ranked by. */
public record Offer(Candidate candidate, int priority) {
}
