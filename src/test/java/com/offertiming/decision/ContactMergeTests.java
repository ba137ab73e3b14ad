package com.offertiming.decision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.history.PastContact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactMergeTests {

	private static final Instant AT = Instant.parse("2026-11-20T09:00:30Z");

	@Test
	void aStoredContactThatThePostedHistoryHoldsWithinTheSameMinuteCountsOnce() {
		DecisionRequest merged = ContactMerge.withStored(posted(AT.minusSeconds(20)),
				List.of(stored(AT, ContactOutcome.PRESENTED)));

		assertThat(merged.contactHistory()).hasSize(1);
	}

	@Test
	void anotherMinuteOrAnotherOutcomeIsAnotherContact() {
		DecisionRequest merged = ContactMerge.withStored(posted(AT.minusSeconds(60)),
				List.of(stored(AT, ContactOutcome.PRESENTED), stored(AT.minusSeconds(30), ContactOutcome.DECLINED)));

		assertThat(merged.contactHistory()).hasSize(3);
	}

	@Test
	void withoutStoredHistoryTheRequestIsUnchanged() {
		DecisionRequest request = posted(AT);
		assertThat(ContactMerge.withStored(request, List.of())).isSameAs(request);
	}

	private static PastContact stored(Instant at, ContactOutcome outcome) {
		return new PastContact(at, "SAAS-PRO", ContactType.UPSELL, Channel.EMAIL, outcome);
	}

	private static DecisionRequest posted(Instant at) {
		DecisionRequest request = Requests.event(com.offertiming.facts.EventType.CHECKOUT).build();
		return new DecisionRequest(null, null, request.customer(), request.holdings(), request.event(),
				List.of(new DecisionRequest.Contact(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "SAAS-PRO",
						ContactType.UPSELL, Channel.EMAIL, ContactOutcome.PRESENTED)));
	}

}
