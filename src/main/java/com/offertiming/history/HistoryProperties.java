package com.offertiming.history;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the throttles remember.
 *
 * @param lookback how far back a decision reads the customer's stored history; at least the longest window of the
 * throttle policies (the shipped ones reach 180 days)
 * @param lockStripes in-process locks that serialise decisions per customer (customers share a stripe by hash)
 * @param lockPoolSize connections kept for PostgreSQL advisory locks (a pool of its own, so lock holders never
 * starve the trail's writer of connections). A stored decision holds one until its commit, so this also bounds how
 * many decisions can share a commit: 32 let batches of about 8 form where 8 left batches of 2 (docs/performance-log.md)
 * @param lockTimeout how long a decision waits for its customer's lock before it is answered 503
 */
@ConfigurationProperties("offers.history")
record HistoryProperties(@DefaultValue("400d") Duration lookback, @DefaultValue("1024") int lockStripes,
		@DefaultValue("32") int lockPoolSize, @DefaultValue("10s") Duration lockTimeout) {
}
