package com.offertiming.audit;

/** Lets the decision benchmarks price what a stored decision's request thread does for the trail. */
public final class BenchPreparation {

	private BenchPreparation() {
	}

	/** The entry made ready for the chain, as {@link DecisionTrail#record} does before handing it to the writer. */
	public static Object prepared(DecisionEntry entry, Facets facets) {
		return PreparedEntry.of(entry, facets);
	}

}
