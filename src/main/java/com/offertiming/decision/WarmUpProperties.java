package com.offertiming.decision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The start's warm-up ({@link WarmUp}).
 *
 * @param duration how long the sample requests are decided before the service reports ready; 0s skips the warm-up
 */
@ConfigurationProperties("offers.warmup")
record WarmUpProperties(@DefaultValue("10s") Duration duration) {

	WarmUpProperties {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("offers.warmup.duration must not be negative, not " + duration);
		}
	}

}
