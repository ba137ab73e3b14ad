package com.offertiming.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashes of the chain, SHA-256 in hex. A record's hash links its place to its content:
 * {@code hash = SHA-256(seq, recorded_at, prev_hash, content hash)}, where the content hash covers every other
 * stored column (the JSON parts exactly as answered; the trace as its text, which the store keeps compressed), in a
 * fixed order, each length-prefixed so that no two different records serialise alike. Editing any column, or the
 * link to the record before, changes the hash.
 */
final class ChainHash {

	/** What the first record of a new chain points back to. */
	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/** The record this entry becomes at {@code seq}, linked to the record before it. */
	static DecisionRecord seal(long seq, PreparedEntry prepared, Instant recordedAt, String prevHash) {
		return new DecisionRecord(seq, prepared.entry(), recordedAt, prevHash,
				link(seq, recordedAt, prevHash, prepared.contentHash()));
	}

	static boolean matches(DecisionRecord record) {
		return link(record.seq(), record.recordedAt(), record.prevHash(), content(record.entry()))
			.equals(record.hash());
	}

	static String content(DecisionEntry entry) {
		MessageDigest canonical = sha256();
		field(canonical, "decision_id", entry.decisionId());
		field(canonical, "request_id", entry.requestId());
		field(canonical, "customer_id", entry.customerId());
		field(canonical, "ruleset_version", entry.rulesetVersion());
		field(canonical, "decided_at", Long.toString(entry.decidedAt().toEpochMilli()));
		field(canonical, "request_json", entry.request());
		field(canonical, "profile_json", entry.profile());
		field(canonical, "offers_json", entry.offers());
		field(canonical, "actions_json", entry.actions());
		field(canonical, "suppressed_json", entry.suppressed());
		field(canonical, "trace_json", entry.trace());
		return HexFormat.of().formatHex(canonical.digest());
	}

	private static String link(long seq, Instant recordedAt, String prevHash, String contentHash) {
		MessageDigest canonical = sha256();
		field(canonical, "seq", Long.toString(seq));
		field(canonical, "recorded_at", Long.toString(recordedAt.toEpochMilli()));
		field(canonical, "prev_hash", prevHash);
		field(canonical, "content", contentHash);
		return HexFormat.of().formatHex(canonical.digest());
	}

	/**
	 * Feeds the digest {@code name:length:value\n} (the length in chars), or {@code name:null\n}, in UTF-8: piece by
	 * piece rather than as one joined text, which gives the same bytes without copying a record's 13 KB twice.
	 */
	private static void field(MessageDigest canonical, String name, String value) {
		if (value == null) {
			absent(canonical, name);
		}
		else {
			present(canonical, name, value.length(), value.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The same bytes for a text held as UTF-8, which is fed as it is. */
	private static void field(MessageDigest canonical, String name, JsonText value) {
		if (value == null) {
			absent(canonical, name);
		}
		else {
			present(canonical, name, value.charLength(), value.utf8());
		}
	}

	private static void absent(MessageDigest canonical, String name) {
		canonical.update((name + ":null\n").getBytes(StandardCharsets.UTF_8));
	}

	private static void present(MessageDigest canonical, String name, int chars, byte[] utf8) {
		canonical.update((name + ':' + chars + ':').getBytes(StandardCharsets.UTF_8));
		canonical.update(utf8);
		canonical.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
