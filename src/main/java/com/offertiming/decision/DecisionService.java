package com.offertiming.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

import com.offertiming.audit.DecisionTrail;
import com.offertiming.history.ContactHistory;
import com.offertiming.history.CustomerLocks;
import com.offertiming.ruleset.ActiveRuleset;
import com.offertiming.ruleset.Ruleset;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, for one customer at one moment, which offers to make, which to hold back and why. Every decision but a
 * dry run is stored in the trail before it is answered; a repeated requestId is answered with the stored decision.
 * The throttles see the customer's stored history merged with the posted one; from reading that history to the
 * commit of the record, the customer's decisions are serialised (a dry run takes no lock and stores nothing, so it
 * counts toward no cap). The trail keeps the request with the merged history, so a replay sees what the rules saw.
 */
@Service
class DecisionService {

	private final ActiveRuleset rules;

	private final DecisionTrail trail;

	private final JsonMapper json;

	private final Clock clock;

	private final ContactHistory history;

	private final CustomerLocks locks;

	private final DecisionSlots slots;

	DecisionService(ActiveRuleset rules, DecisionTrail trail, JsonMapper json, Clock clock, ContactHistory history,
			CustomerLocks locks, DecisionSlots slots) {
		this.rules = rules;
		this.trail = trail;
		this.json = json;
		this.clock = clock;
		this.history = history;
		this.locks = locks;
		this.slots = slots;
	}

	/**
	 * Decides on the caller's thread. A dry run's answer is complete on return; a stored decision's completes when the
	 * trail commits its record (or fails with the problem to answer), and the customer's lock is released then, by
	 * whichever thread completes it. Whoever waits for the answer times it out ({@link DecisionTrail#await}).
	 */
	CompletableFuture<DecisionAnswer> decide(DecisionRequest request) {
		Instant at = decidedAt(request);
		if (request.isDryRun()) {
			return CompletableFuture
				.completedFuture(DecisionAnswer.of(json, slots.compute(() -> evaluate(withHistory(request, at), at))));
		}
		CustomerLocks.Held held = locks.lock(request.customer().id());
		CompletableFuture<DecisionAnswer> answer;
		try {
			RenderedDecision decided = slots.compute(() -> {
				DecisionRequest seen = withHistory(request, at);
				return RenderedDecision.of(json, seen, evaluate(seen, at));
			});
			// The stored entry is the answer: ours, or the one stored first under the same requestId (by an earlier
			// call or a concurrent one). The trail looks the batch's requestIds up in one query as it stores them, so
			// a retry is decided again but answered with the stored decision, and no decision pays a lookup of its own.
			answer = trail.record(decided.entry(), decided.facets())
				.thenApply(stored -> stored.entry().decisionId().equals(decided.entry().decisionId()) ? decided.answer()
						: DecisionAnswer.of(json, stored.entry()));
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
		// Registered on the answer itself, so an answer timed out releases the lock too.
		answer.whenComplete((decided, failure) -> held.close());
		return answer;
	}

	/**
	 * Decides as a request is decided (the customer's stored history read) and writes both answers, a dry run's and a
	 * stored decision's with its trail entry (hashed, compressed), but takes no lock and stores nothing: the start's
	 * warm-up ({@link WarmUp}).
	 */
	void rehearse(DecisionRequest request) {
		Instant at = decidedAt(request);
		DecisionRequest seen = withHistory(request, at);
		DecisionResponse decision = evaluate(seen, at);
		DecisionAnswer.of(json, decision);
		RenderedDecision.of(json, seen, decision);
	}

	/** Decides and waits for a stored decision's record: for a caller that answers on its own thread. */
	DecisionAnswer decideAndWait(DecisionRequest request) {
		return trail.await(decide(request));
	}

	/** The event's time, or now, to the millisecond, as the engine and the trail keep it. */
	private Instant decidedAt(DecisionRequest request) {
		return (request.event().at() != null ? request.event().at().toInstant() : clock.instant())
			.truncatedTo(ChronoUnit.MILLIS);
	}

	private DecisionRequest withHistory(DecisionRequest request, Instant at) {
		return ContactMerge.withStored(request, history.storedFor(request.customer().id(), at));
	}

	private DecisionResponse evaluate(DecisionRequest request, Instant at) {
		// The whole evaluation runs on one version, held by a lease so a reload cannot release it mid-way.
		try (Ruleset.Lease lease = rules.lease()) {
			return DecisionEngine.decide(lease.ruleset(), request, at);
		}
	}

}
