package com.offertiming.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.offertiming.facts.Contact;
import com.offertiming.facts.Customer;
import com.offertiming.facts.Event;
import com.offertiming.facts.Focus;
import com.offertiming.facts.Holding;
import com.offertiming.facts.Scope;

/**
 * Turns a request into the immutable facts the rules see. Every day count is measured from the event's time
 * ({@code at}), so the same request always gives the same facts, and no rule reads a clock.
 */
final class FactsAssembler {

	private FactsAssembler() {
	}

	static List<Object> facts(DecisionRequest request, Instant at) {
		LocalDate today = at.atZone(ZoneOffset.UTC).toLocalDate();
		Customer customer = customer(request.customer(), today);
		List<Object> facts = new ArrayList<>();
		facts.add(customer);
		DecisionRequest.Event event = request.event();
		facts.add(new Event(event.type(), event.channel(), event.channel() == null || event.channel().isOutbound(),
				listOrEmpty(event.productIds()), event.sentiment(), event.topic()));
		for (String productId : listOrEmpty(event.productIds()).stream().distinct().toList()) {
			facts.add(new Focus(productId, Scope.EVENT));
		}
		for (DecisionRequest.Holding holding : listOrEmpty(request.holdings())) {
			facts.add(holding(holding, today, customer.budget()));
			facts.add(new Focus(holding.productId(), Scope.HOLDING));
		}
		for (DecisionRequest.Contact contact : listOrEmpty(request.contactHistory())) {
			facts.add(contact(contact, at));
		}
		return facts;
	}

	private static Customer customer(DecisionRequest.Customer customer, LocalDate today) {
		DecisionRequest.Purchases purchases = customer.purchases() != null ? customer.purchases()
				: new DecisionRequest.Purchases(null, null, null, null, null, null);
		return new Customer(customer.id(), customer.kind(), daysSince(customer.since(), today), customer.nps(),
				Boolean.TRUE.equals(customer.marketingConsent()), customer.budget(),
				Objects.requireNonNullElse(customer.openComplaints(), 0), Boolean.TRUE.equals(customer.fullyCovered()),
				daysSince(purchases.lastAt(), today), purchases.count12m(), purchases.spend12m(),
				purchases.totalCount(), purchases.totalSpend());
	}

	private static Holding holding(DecisionRequest.Holding holding, LocalDate today, Long budget) {
		DecisionRequest.Usage usage = holding.usage();
		Long used = usage == null ? null : usage.used();
		Long limit = usage == null ? null : usage.limit();
		Integer percent = used == null || limit == null ? null : (int) (used * 100 / limit);
		Integer daysToRenewal = holding.renewsOn() == null ? null
				: (int) ChronoUnit.DAYS.between(today, holding.renewsOn());
		boolean overBudget = holding.price() != null && budget != null && holding.price() > budget;
		return new Holding(holding.productId(), daysSince(holding.since(), today),
				Boolean.TRUE.equals(holding.trial()), daysToRenewal, toInt(used), toInt(limit), percent,
				holding.price(), overBudget);
	}

	private static Contact contact(DecisionRequest.Contact contact, Instant at) {
		int daysAgo = (int) ChronoUnit.DAYS.between(contact.at().toInstant(), at);
		return new Contact(daysAgo, contact.productId(), contact.offerType(), contact.channel(),
				contact.channel() != null && contact.channel().isOutbound(), contact.outcome());
	}

	private static Integer daysSince(LocalDate date, LocalDate today) {
		return date == null ? null : (int) ChronoUnit.DAYS.between(date, today);
	}

	private static Integer toInt(Long value) {
		return value == null ? null : Math.toIntExact(value);
	}

	private static <T> List<T> listOrEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
