package com.offertiming.decision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many decisions compute at once: a bound against overload, not a pacing of the cores. A bound as low as the
 * number of cores was measured to cost a quarter of the throughput (likely because a slot handed to a waiting thread
 * stays idle until that thread is scheduled).
 *
 * @param slots decisions computing at the same time at most
 * @param maxWait how long a decision waits for a slot before it is answered 503
 */
@ConfigurationProperties("offers.decisions")
record DecisionSlotProperties(@DefaultValue("64") int slots, @DefaultValue("5s") Duration maxWait) {

	DecisionSlotProperties {
		if (slots < 1) {
			throw new IllegalArgumentException("offers.decisions.slots must be at least 1, not " + slots);
		}
	}

}
