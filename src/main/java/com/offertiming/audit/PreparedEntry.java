package com.offertiming.audit;


/**
 * An entry made ready for the chain by the thread that decided it: the hash of its content, its trace compressed for
 * storage, and its search facets. The single writer is then left with only what needs the chain's order (seq, link
 * hash) and the insert.
 */
record PreparedEntry(DecisionEntry entry, String contentHash, byte[] storedTrace, Facets facets) {

	static PreparedEntry of(DecisionEntry entry, Facets facets) {
		return new PreparedEntry(entry, ChainHash.content(entry), TraceCompression.compress(entry.trace()), facets);
	}

}
