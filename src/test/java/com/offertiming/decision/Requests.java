package com.offertiming.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.EventType;
import com.offertiming.facts.Sentiment;

/**
 * Builds decision requests for rule tests. The baseline customer is unremarkable and allowed every offer (passive
 * NPS, consent, active steady buyer, no complaint); each test changes only what it is about.
 */
final class Requests {

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);

	static final LocalDate TODAY = NOW.toLocalDate();

	private Requests() {
	}

	static Builder event(EventType type, String... productIds) {
		return new Builder(type, List.of(productIds));
	}

	static final class Builder {

		private final EventType type;

		private final List<String> productIds;

		private CustomerKind kind = CustomerKind.CONSUMER;

		private LocalDate since = TODAY.minusYears(2);

		private Integer nps = 8;

		private Boolean consent = true;

		private Long budget;

		private Integer openComplaints = 0;

		private Boolean fullyCovered = false;

		private DecisionRequest.Purchases purchases = new DecisionRequest.Purchases(TODAY.minusDays(20), 5, 40000L, 9,
				70000L, TODAY.minusYears(2));

		private Channel channel = Channel.WEB;

		private Sentiment sentiment = Sentiment.NEUTRAL;

		private String topic;

		private final List<DecisionRequest.Holding> holdings = new ArrayList<>();

		private final List<DecisionRequest.Contact> contacts = new ArrayList<>();

		private Builder(EventType type, List<String> productIds) {
			this.type = type;
			this.productIds = productIds;
		}

		Builder kind(CustomerKind kind) {
			this.kind = kind;
			return this;
		}

		/** Negative: the customer's start date is unknown. */
		Builder customerForDays(int days) {
			this.since = days < 0 ? null : TODAY.minusDays(days);
			return this;
		}

		Builder nps(Integer nps) {
			this.nps = nps;
			return this;
		}

		Builder consent(Boolean consent) {
			this.consent = consent;
			return this;
		}

		Builder budget(Long budget) {
			this.budget = budget;
			return this;
		}

		Builder openComplaints(int count) {
			this.openComplaints = count;
			return this;
		}

		Builder fullyCovered(boolean covered) {
			this.fullyCovered = covered;
			return this;
		}

		Builder purchases(Integer daysSinceLast, Integer count12m, Long spend12m, Integer totalCount, Long totalSpend) {
			this.purchases = new DecisionRequest.Purchases(daysSinceLast == null ? null : TODAY.minusDays(daysSinceLast),
					count12m, spend12m, totalCount, totalSpend, since);
			return this;
		}

		Builder noPurchaseHistory() {
			this.purchases = null;
			return this;
		}

		Builder channel(Channel channel) {
			this.channel = channel;
			return this;
		}

		Builder sentiment(Sentiment sentiment) {
			this.sentiment = sentiment;
			return this;
		}

		Builder topic(String topic) {
			this.topic = topic;
			return this;
		}

		Builder holding(String productId, int heldDays) {
			return holding(productId, heldDays, false, null, null, null);
		}

		Builder holding(String productId, int heldDays, boolean trial, Integer renewsInDays, Long used, Long limit) {
			holdings.add(new DecisionRequest.Holding(productId, TODAY.minusDays(heldDays), trial,
					renewsInDays == null ? null : TODAY.plusDays(renewsInDays),
					used == null ? null : new DecisionRequest.Usage(used, limit), null));
			return this;
		}

		Builder pricedHolding(String productId, int heldDays, long price) {
			holdings.add(new DecisionRequest.Holding(productId, TODAY.minusDays(heldDays), false, null, null, price));
			return this;
		}

		Builder contact(int daysAgo, String productId, ContactType type, Channel channel, ContactOutcome outcome) {
			contacts.add(new DecisionRequest.Contact(NOW.minusDays(daysAgo), productId, type, channel, outcome));
			return this;
		}

		DecisionRequest build() {
			return new DecisionRequest(null, null,
					new DecisionRequest.Customer("C-1", kind, since, nps, consent, budget, openComplaints, fullyCovered,
							purchases),
					List.copyOf(holdings),
					new DecisionRequest.Event(type, NOW, channel, productIds, sentiment, topic), List.copyOf(contacts));
		}

	}

}
