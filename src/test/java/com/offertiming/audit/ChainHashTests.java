package com.offertiming.audit;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain's hashes are a stored format: records hashed by an earlier release must still verify, so the bytes each
 * hash covers never change. The expected values were computed by the code that hashed every chain stored before the
 * eleventh session, which fed the digest one string built of all the fields.
 */
class ChainHashTests {

	private static final DecisionEntry ENTRY = new DecisionEntry("0196f1a2-7b3c-7d4e-8f90-123456789abc", null,
			"C-1", "v7", Instant.parse("2026-11-22T10:00:00Z"), "{\"customer\":{\"id\":\"C-1\"}}", "{\"nps\":3}",
			"[]", "[]", "[{\"reason\":\"OPEN_COMPLAINT\"}]",
			JsonText.of("[{\"rule\":\"DetractorGetsNurture\",\"description\":\"不満のある顧客には提案せず、フォローする\"}]"));

	@Test
	void aRecordsContentHashesAsItAlwaysHas() {
		assertThat(ChainHash.content(ENTRY)).isEqualTo("cef07858ccef293592290287ccf3663d06c568c03b511ef7a43feb2f8c39a431");
	}

	@Test
	void aRecordsLinkHashesAsItAlwaysHas() {
		PreparedEntry prepared = PreparedEntry.of(ENTRY, new Facets(Set.of(), Set.of(), Set.of()));
		DecisionRecord record = ChainHash.seal(42, prepared, Instant.parse("2026-11-22T10:00:00.123Z"),
				ChainHash.GENESIS);
		assertThat(record.hash()).isEqualTo("d5aa62f544460bf3f01c51c18b1d4a4324392011d967d059a8eabd2d5c85b99b");
		assertThat(ChainHash.matches(record)).isTrue();
	}

}
