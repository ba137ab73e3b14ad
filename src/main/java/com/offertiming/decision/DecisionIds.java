package com.offertiming.decision;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decision ids: time-ordered UUIDs (version 7, RFC 9562), the millisecond of issue followed by 74 random bits. Unlike
 * {@link UUID#randomUUID()} they take no lock (its shared SecureRandom serialised concurrent decisions), and the trail
 * inserts them in roughly ascending order. An id only has to be unique: reading a decision takes a role anyway.
 */
final class DecisionIds {

	private DecisionIds() {
	}

	static String next() {
		return next(Clock.systemUTC().millis(), ThreadLocalRandom.current());
	}

	static String next(long epochMillis, ThreadLocalRandom random) {
		long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

}
