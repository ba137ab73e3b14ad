package com.offertiming.facts;

/** Derived: one of the ten CPM segments, five kinds each active or lapsed. */
public record CpmSegment(Segment segment, boolean lapsed) {
}
