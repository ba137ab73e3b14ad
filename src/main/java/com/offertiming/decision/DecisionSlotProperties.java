package com.offertiming.decision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many decisions compute at once.
 *
 * @param slots decisions computing at the same time at most; 0 means one per core
 * @param maxWait how long a decision waits for a slot before it is answered 503
 */
@ConfigurationProperties("offers.decisions")
record DecisionSlotProperties(@DefaultValue("0") int slots, @DefaultValue("5s") Duration maxWait) {

	int slotCount() {
		return slots > 0 ? slots : Runtime.getRuntime().availableProcessors();
	}

}
