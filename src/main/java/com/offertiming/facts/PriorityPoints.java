package com.offertiming.facts;

/** Points a weighting rule gives a candidate; arbitration ranks candidates by their sum. */
public record PriorityPoints(Candidate candidate, int points) {
}
