package com.offertiming.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.offertiming.ruleset.Ruleset;
import com.offertiming.web.InvalidInput;

/**
 * The decision pipeline on a given ruleset: the request's facts, the phased evaluation, the decision. The service runs
 * it on the active version; the scenario runner runs it on a candidate version before that may go live, so both see
 * exactly the same decisions.
 */
public final class DecisionEngine {

	private DecisionEngine() {
	}

	/**
	 * Decides at the event's time, or at {@code now} when the request gives none. The caller keeps the ruleset alive
	 * for the call.
	 * @throws InvalidInput when the request's history is after its event
	 */
	public static DecisionResponse decide(Ruleset ruleset, DecisionRequest request, Instant now) {
		checkDates(request);
		// The trail keeps times to the millisecond: decide on the time it will show, so a replay matches.
		Instant at = (request.event().at() != null ? request.event().at().toInstant() : now)
			.truncatedTo(ChronoUnit.MILLIS);
		checkChronology(request, at);
		Evaluation evaluation = RuleEvaluator.evaluate(ruleset, FactsAssembler.facts(request, at));
		return DecisionAssembler.response(DecisionIds.next(), request, ruleset.version(), at, evaluation);
	}

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

	/** Dates far outside any customer's life overflow date arithmetic: refuse them by name (JSON allows year 10^9). */
	private static void checkDates(DecisionRequest request) {
		DecisionRequest.Customer customer = request.customer();
		checkDate("customer.since", customer.since());
		if (customer.purchases() != null) {
			checkDate("customer.purchases.lastAt", customer.purchases().lastAt());
			checkDate("customer.purchases.firstAt", customer.purchases().firstAt());
		}
		List<DecisionRequest.Holding> holdings = request.holdings() == null ? List.of() : request.holdings();
		for (int i = 0; i < holdings.size(); i++) {
			checkDate("holdings[" + i + "].since", holdings.get(i).since());
			checkDate("holdings[" + i + "].renewsOn", holdings.get(i).renewsOn());
		}
		if (request.event().at() != null) {
			checkDate("event.at", request.event().at().toLocalDate());
		}
		List<DecisionRequest.Contact> contacts = request.contactHistory() == null ? List.of()
				: request.contactHistory();
		for (int i = 0; i < contacts.size(); i++) {
			checkDate("contactHistory[" + i + "].at", contacts.get(i).at().toLocalDate());
		}
	}

	private static void checkDate(String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			throw new InvalidInput(field, "must be between " + EARLIEST + " and " + LATEST);
		}
	}

	/** History after the event would make every window and cool-down wrong: refuse it rather than guess. */
	private static void checkChronology(DecisionRequest request, Instant at) {
		List<DecisionRequest.Contact> contacts = request.contactHistory() == null ? List.of()
				: request.contactHistory();
		for (int i = 0; i < contacts.size(); i++) {
			if (contacts.get(i).at().toInstant().isAfter(at)) {
				throw new InvalidInput("contactHistory[" + i + "].at", "is after event.at");
			}
		}
		DecisionRequest.Purchases purchases = request.customer().purchases();
		if (purchases != null && purchases.lastAt() != null
				&& purchases.lastAt().isAfter(at.atZone(ZoneOffset.UTC).toLocalDate())) {
			throw new InvalidInput("customer.purchases.lastAt", "is after event.at");
		}
	}

}
