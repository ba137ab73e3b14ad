package com.offertiming.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 of a record's canonical content: every stored column but the hash itself, in a fixed order, each
 * length-prefixed so that no two different records serialise alike. The JSON parts are hashed exactly as stored.
 */
final class ChainHash {

	/** What the first record of a new chain points back to. */
	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/** The record this entry becomes at {@code seq}, linked to the record before it. */
	static DecisionRecord seal(long seq, DecisionEntry entry, Instant recordedAt, String prevHash) {
		return new DecisionRecord(seq, entry, recordedAt, prevHash, of(seq, entry, recordedAt, prevHash));
	}

	static boolean matches(DecisionRecord record) {
		return of(record.seq(), record.entry(), record.recordedAt(), record.prevHash()).equals(record.hash());
	}

	private static String of(long seq, DecisionEntry entry, Instant recordedAt, String prevHash) {
		StringBuilder canonical = new StringBuilder(4096);
		field(canonical, "seq", Long.toString(seq));
		field(canonical, "decision_id", entry.decisionId());
		field(canonical, "request_id", entry.requestId());
		field(canonical, "customer_id", entry.customerId());
		field(canonical, "ruleset_version", entry.rulesetVersion());
		field(canonical, "decided_at", Long.toString(entry.decidedAt().toEpochMilli()));
		field(canonical, "recorded_at", Long.toString(recordedAt.toEpochMilli()));
		field(canonical, "request_json", entry.request());
		field(canonical, "profile_json", entry.profile());
		field(canonical, "offers_json", entry.offers());
		field(canonical, "actions_json", entry.actions());
		field(canonical, "suppressed_json", entry.suppressed());
		field(canonical, "trace_json", entry.trace());
		field(canonical, "prev_hash", prevHash);
		return sha256(canonical.toString());
	}

	private static void field(StringBuilder canonical, String name, String value) {
		canonical.append(name).append(':');
		if (value == null) {
			canonical.append("null\n");
			return;
		}
		canonical.append(value.length()).append(':').append(value).append('\n');
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
