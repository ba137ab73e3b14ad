package com.offertiming.facts;

/** Arbitration: a candidate no gate or throttle stopped, with the sum of its priority points. */
public record Ranked(Candidate candidate, int priority) {
}
