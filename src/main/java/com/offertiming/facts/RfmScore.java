package com.offertiming.facts;

/** Derived: one of the three RFM scores, 1 (weak) to 5 (strong). */
public record RfmScore(RfmDimension dimension, int score) {
}
