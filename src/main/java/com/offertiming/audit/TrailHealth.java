package com.offertiming.audit;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The decision trail takes writes. A database that answers reads but refuses writes (a full disk, a read-only file)
 * leaves the connection check UP while every decision is answered 503: this shows it for a while after a failed
 * commit, then checks with a harmless write at each health call until the store takes writes again.
 */
@Component
class TrailHealth implements HealthIndicator {

	private static final Duration QUIET = Duration.ofSeconds(10);

	private final GroupCommitWriter writer;

	TrailHealth(GroupCommitWriter writer) {
		this.writer = writer;
	}

	@Override
	public Health health() {
		if (!writer.takesWrites(QUIET)) {
			return Health.down().withDetail("reason", "a commit of the decision trail failed").build();
		}
		return Health.up().build();
	}

}
