package com.offertiming.audit;

import java.time.Instant;

/**
 * A stored decision: its place in the chain ({@code seq}), when it was recorded, the hash of the record before it
 * and the hash of its own canonical content (which includes {@code prevHash}).
 */
public record DecisionRecord(long seq, DecisionEntry entry, Instant recordedAt, String prevHash, String hash) {
}
