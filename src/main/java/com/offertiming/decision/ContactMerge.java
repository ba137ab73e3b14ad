package com.offertiming.decision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.offertiming.history.PastContact;

/**
 * The history the throttles see: the contacts the request posts, then the stored ones it does not already hold. Two
 * contacts are the same event when they have the same product, type, channel and outcome within the same minute
 * (their times truncated to the minute are equal), so an application that posts what the service already stored does
 * not count it twice.
 */
final class ContactMerge {

	private ContactMerge() {
	}

	record Key(String productId, Object type, Object channel, Object outcome, Instant minute) {
	}

	static DecisionRequest withStored(DecisionRequest request, List<PastContact> stored) {
		if (stored.isEmpty()) {
			return request;
		}
		List<DecisionRequest.Contact> merged = new ArrayList<>(
				request.contactHistory() == null ? List.of() : request.contactHistory());
		Set<Key> seen = new HashSet<>();
		merged.forEach(contact -> seen.add(key(contact)));
		for (PastContact past : stored) {
			DecisionRequest.Contact contact = new DecisionRequest.Contact(past.at().atOffset(ZoneOffset.UTC),
					past.productId(), past.type(), past.channel(), past.outcome());
			if (seen.add(key(contact))) {
				merged.add(contact);
			}
		}
		return new DecisionRequest(request.requestId(), request.dryRun(), request.customer(), request.holdings(),
				request.event(), merged);
	}

	static Key key(DecisionRequest.Contact contact) {
		return new Key(Objects.toString(contact.productId(), null), contact.offerType(), contact.channel(),
				contact.outcome(), contact.at().toInstant().truncatedTo(ChronoUnit.MINUTES));
	}

}
