package com.offertiming.facts;

/** Derived: lifetime value, average order value x purchases per year x expected years. */
public record Ltv(long value, long averageOrderValue, int purchasesPerYear, int expectedYears) {

	public static Ltv of(Customer customer, int expectedYears) {
		long aov = customer.averageOrderValue();
		int perYear = customer.count12m();
		return new Ltv(aov * perYear * expectedYears, aov, perYear, expectedYears);
	}

}
