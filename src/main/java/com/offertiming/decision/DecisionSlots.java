package com.offertiming.decision;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Bounds how many decisions compute at once (read the history, evaluate, write the trail entry), so that an overload
 * is answered 503 after a bounded wait instead of queueing without end. A decision holds its slot while it computes,
 * not while it waits for its commit.
 */
@Component
class DecisionSlots {

	private final Semaphore slots;

	private final Duration wait;

	DecisionSlots(DecisionSlotProperties properties) {
		this.slots = new Semaphore(properties.slots(), true);
		this.wait = properties.maxWait();
	}

	/** Runs the work in a slot; answers 503 (DecisionServiceBusy) when none frees up in time. */
	<T> T compute(Supplier<T> work) {
		try {
			if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DecisionServiceBusy(wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DecisionServiceBusy(wait);
		}
		try {
			return work.get();
		}
		finally {
			slots.release();
		}
	}

}
