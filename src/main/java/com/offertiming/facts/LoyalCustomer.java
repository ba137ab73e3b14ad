package com.offertiming.facts;

/** Derived: the customer meets a numeric definition of loyal; {@code potential} for a promoter who spends little. */
public record LoyalCustomer(String basis, boolean potential) {
}
