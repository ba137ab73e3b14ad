package com.offertiming.facts;

/** A setting a policy row inserts and a throttle or arbitration rule applies; decisions name the row it came from. */
public interface Policy {
}
