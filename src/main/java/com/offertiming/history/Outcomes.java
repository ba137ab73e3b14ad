package com.offertiming.history;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.OfferType;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what became of the offers of stored decisions, by the offer's state machine (README, "Outcomes and
 * contact history"): PRESENTED, then IGNORED, ACCEPTED or DECLINED; ACCEPTED and DECLINED are final; IGNORED may
 * still turn into ACCEPTED or DECLINED. The same outcome posted again is stored once.
 */
@Service
class Outcomes {

	/** One recorded outcome; {@code created} is false when it repeats one already stored. */
	record Recorded(boolean created, OutcomeView outcome) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OutcomeView(String decisionId, int offerIndex, String productId, OfferType type, ContactOutcome outcome,
			Instant at, Channel channel, Instant recordedAt) {

		static OutcomeView of(OutcomeStore.Row row) {
			return new OutcomeView(row.decisionId(), row.offerIndex(), row.productId(), row.type(), row.outcome(),
					row.at(), row.channel(), row.recordedAt());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OfferOutcomes(int index, OfferType type, String productId, Channel channel, boolean presented,
			ContactOutcome state, List<OutcomeView> outcomes) {
	}

	record DecisionOutcomes(String decisionId, String customerId, Instant decidedAt, List<OfferOutcomes> offers) {
	}

	private final OutcomeStore store;

	private final JsonMapper json;

	private final Clock clock;

	Outcomes(OutcomeStore store, JsonMapper json, Clock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	Recorded record(String decisionId, OutcomeRequest request) {
		OutcomeStore.Decision decision = decision(decisionId);
		StoredOffer offer = StoredOffer.parse(json, decision.offers()).stream()
			.filter(o -> o.type() == request.type() && Objects.equals(o.productId(), request.productId()))
			.findFirst()
			.orElseThrow(() -> new NotFound("Decision " + decisionId + " made no " + request.type() + " offer of "
					+ request.productId()));
		Instant at = request.at().toInstant().truncatedTo(ChronoUnit.MILLIS);
		if (at.isBefore(decision.decidedAt())) {
			throw new OutcomeRefused("at", "at " + at + " is before the decision (" + decision.decidedAt() + ")");
		}
		List<OutcomeStore.Row> earlier = offerRows(decisionId, offer.index());
		OutcomeStore.Row repeat = check(earlier, request.outcome(), at);
		if (repeat != null) {
			return new Recorded(false, OutcomeView.of(repeat));
		}
		OutcomeStore.Row row = new OutcomeStore.Row(decisionId, offer.index(), Stage.of(request.outcome()),
				request.outcome(), decision.customerId(), offer.productId(), offer.type(), offer.channel(),
				request.channel() != null ? request.channel() : offer.channel(), at, decision.decidedAt(),
				clock.instant().truncatedTo(ChronoUnit.MILLIS));
		try {
			store.insert(row);
		}
		catch (DataAccessException ex) {
			// A concurrent post took this stage first: answer as if it had come first (a repeat or a refusal).
			List<OutcomeStore.Row> now = offerRows(decisionId, offer.index());
			if (now.stream().noneMatch(r -> r.stage() == row.stage())) {
				throw new CustomerBusy("The outcome could not be stored; retry", ex);
			}
			OutcomeStore.Row concurrent = check(now, request.outcome(), at);
			return new Recorded(false, OutcomeView.of(Objects.requireNonNull(concurrent)));
		}
		return new Recorded(true, OutcomeView.of(row));
	}

	DecisionOutcomes of(String decisionId) {
		OutcomeStore.Decision decision = decision(decisionId);
		List<OutcomeStore.Row> rows = read(() -> store.of(decisionId));
		List<OfferOutcomes> offers = StoredOffer.parse(json, decision.offers()).stream().map(offer -> {
			List<OutcomeStore.Row> own = rows.stream().filter(r -> r.offerIndex() == offer.index()).toList();
			ContactOutcome state = own.stream()
				.max((a, b) -> a.stage().compareTo(b.stage()))
				.map(OutcomeStore.Row::outcome)
				.orElse(offer.presentedByDecision() ? ContactOutcome.PRESENTED : null);
			return new OfferOutcomes(offer.index(), offer.type(), offer.productId(), offer.channel(), state != null,
					state, own.stream().map(OutcomeView::of).toList());
		}).toList();
		return new DecisionOutcomes(decision.decisionId(), decision.customerId(), decision.decidedAt(), offers);
	}

	/**
	 * The state machine. Answers the stored row when the outcome repeats one already stored, null when the outcome
	 * may be stored, and refuses it otherwise.
	 */
	static OutcomeStore.Row check(List<OutcomeStore.Row> earlier, ContactOutcome outcome, Instant at) {
		for (OutcomeStore.Row row : earlier) {
			if (row.stage() == Stage.FINAL && row.outcome() != outcome) {
				throw new OutcomeRefused("outcome", outcome + " after " + row.outcome() + ": the offer's outcome is final"
						+ " (only " + row.outcome() + " may be posted again)");
			}
		}
		for (OutcomeStore.Row row : earlier) {
			if (row.outcome() == outcome) {
				return row;
			}
		}
		for (OutcomeStore.Row row : earlier) {
			if (outcome == ContactOutcome.PRESENTED && row.stage() == Stage.IGNORED) {
				throw new OutcomeRefused("outcome", "PRESENTED after IGNORED: an ignored offer was presented already");
			}
			if (at.isBefore(row.at())) {
				throw new OutcomeRefused("at", "at " + at + " is before the offer's " + row.outcome() + " ("
						+ row.at() + ")");
			}
		}
		return null;
	}

	private OutcomeStore.Decision decision(String decisionId) {
		return read(() -> store.decision(decisionId))
			.orElseThrow(() -> new NotFound("No decision " + decisionId + " is stored"));
	}

	private List<OutcomeStore.Row> offerRows(String decisionId, int index) {
		return read(() -> store.of(decisionId)).stream().filter(r -> r.offerIndex() == index).toList();
	}

	private static <T> T read(java.util.function.Supplier<T> query) {
		try {
			return query.get();
		}
		catch (DataAccessException ex) {
			throw new CustomerBusy("The outcomes cannot be read; retry", ex);
		}
	}

}
