package com.offertiming.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the decision trail writes and keeps records.
 *
 * @param queueCapacity decisions waiting for the writer at most; past it a decision is refused (503)
 * @param batchSize decisions committed together in one transaction at most
 * @param commitTimeout how long a caller waits for its batch to commit before it is answered 503
 * @param retention how long records are kept, measured from when they were recorded
 * @param purgeInterval how often expired records are purged
 */
@ConfigurationProperties("offers.audit")
record AuditProperties(@DefaultValue("10000") int queueCapacity, @DefaultValue("500") int batchSize,
		@DefaultValue("5s") Duration commitTimeout, @DefaultValue("365d") Duration retention,
		@DefaultValue("1h") Duration purgeInterval) {
}
