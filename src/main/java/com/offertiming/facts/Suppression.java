package com.offertiming.facts;

/** A gate or throttle stopped this candidate. */
public record Suppression(Candidate candidate, Reason reason) {
}
