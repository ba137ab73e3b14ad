package com.offertiming.audit;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Purges records older than the retention, on a schedule and on demand. The chain stays verifiable: the store keeps
 * the first kept seq and the hash it points back to as the chain's new anchor.
 */
@Service
class TrailRetention {

	private static final Logger log = LoggerFactory.getLogger(TrailRetention.class);

	record PurgeReport(Instant cutoff, long purged, long keptFromSeq) {
	}

	private final DecisionStore store;

	private final AuditProperties properties;

	private final Clock clock;

	TrailRetention(DecisionStore store, AuditProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${offers.audit.purge-interval:1h}",
			fixedDelayString = "${offers.audit.purge-interval:1h}")
	void purgeOnSchedule() {
		PurgeReport report = purgeExpired();
		if (report.purged() > 0) {
			log.info("Purged {} decision records recorded before {}; the chain now starts at {}", report.purged(),
					report.cutoff(), report.keptFromSeq());
		}
	}

	PurgeReport purgeExpired() {
		Instant cutoff = clock.instant().minus(properties.retention());
		DecisionStore.Purge purge = store.purgeRecordedBefore(cutoff);
		return new PurgeReport(cutoff, purge.purged(), purge.keptFromSeq());
	}

}
