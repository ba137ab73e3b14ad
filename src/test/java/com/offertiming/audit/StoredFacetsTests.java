package com.offertiming.audit;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The facets a replica reads back from a stored record for the index's tail. */
class StoredFacetsTests {

	@Test
	void theFacetsOfAStoredRecordAreReadBackAndADamagedPartGivesNone() {
		Facets facets = StoredFacets.of("[{\"type\":\"CROSS_SELL\"},{\"type\":\"UPSELL\"},{\"type\":\"CROSS_SELL\"}]",
				"[{\"reason\":\"OFFER_LIMIT\"}]", JsonText.of("[{\"rule\":\"A\"},{\"rule\":\"B\"}]"));
		assertThat(facets.rules()).containsExactly("A", "B");
		assertThat(facets.offerTypes()).containsExactly("CROSS_SELL", "UPSELL");
		assertThat(facets.reasons()).containsExactly("OFFER_LIMIT");

		Facets damaged = StoredFacets.of("not json", "null", null);
		assertThat(List.of(damaged.rules(), damaged.offerTypes(), damaged.reasons())).allMatch(Set::isEmpty);
	}

}
