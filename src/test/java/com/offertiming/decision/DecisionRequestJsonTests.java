package com.offertiming.decision;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.EventType;
import com.offertiming.facts.Sentiment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@JsonTest
class DecisionRequestJsonTests {

	@Autowired
	private JacksonTester<DecisionRequest> json;

	@Test
	void theDomainRequestContractReadsEveryField() throws IOException {
		DecisionRequest request = json.read(new ClassPathResource("requests/saas-usage-near-limit.json")).getObject();

		assertThat(request.requestId()).isEqualTo("req-saas-1");
		DecisionRequest.Customer customer = request.customer();
		assertThat(customer.id()).isEqualTo("C-1001");
		assertThat(customer.kind()).isEqualTo(CustomerKind.BUSINESS);
		assertThat(customer.since()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(customer.nps()).isEqualTo(9);
		assertThat(customer.marketingConsent()).isTrue();
		assertThat(customer.budget()).isEqualTo(300000L);
		assertThat(customer.openComplaints()).isZero();
		assertThat(customer.fullyCovered()).isFalse();
		assertThat(customer.purchases()).isEqualTo(new DecisionRequest.Purchases(LocalDate.of(2026, 11, 1), 6, 84000L,
				14, 160000L, LocalDate.of(2024, 3, 1)));
		assertThat(request.holdings()).singleElement().satisfies(holding -> {
			assertThat(holding.productId()).isEqualTo("SAAS-BASIC");
			assertThat(holding.since()).isEqualTo(LocalDate.of(2025, 1, 10));
			assertThat(holding.trial()).isFalse();
			assertThat(holding.renewsOn()).isEqualTo(LocalDate.of(2027, 1, 10));
			assertThat(holding.usage()).isEqualTo(new DecisionRequest.Usage(46L, 50L));
		});
		DecisionRequest.Event event = request.event();
		assertThat(event.type()).isEqualTo(EventType.SUPPORT_CONTACT);
		assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00:00Z"));
		assertThat(event.channel()).isEqualTo(Channel.WEB);
		assertThat(event.productIds()).isEmpty();
		assertThat(event.sentiment()).isEqualTo(Sentiment.NEUTRAL);
		assertThat(event.topic()).isEqualTo("STORAGE_FULL");
		assertThat(request.contactHistory()).singleElement().satisfies(contact -> {
			assertThat(contact.at()).isEqualTo(OffsetDateTime.parse("2026-10-20T09:00:00Z"));
			assertThat(contact.productId()).isEqualTo("SAAS-PRO");
			assertThat(contact.offerType()).isEqualTo(ContactType.UPSELL);
			assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
			assertThat(contact.outcome()).isEqualTo(ContactOutcome.IGNORED);
		});
	}

	@Test
	void onlyCustomerIdAndEventTypeAreNeeded() throws IOException {
		DecisionRequest request = json.parseObject("""
				{"customer": {"id": "C-1"}, "event": {"type": "CHECKOUT"}}
				""");

		assertThat(request.customer().id()).isEqualTo("C-1");
		assertThat(request.customer().marketingConsent()).isNull();
		assertThat(request.event().type()).isEqualTo(EventType.CHECKOUT);
		assertThat(request.holdings()).isNull();
		assertThat(request.isDryRun()).isFalse();
	}

	@Test
	void unknownExtraFieldsAreAccepted() throws IOException {
		DecisionRequest request = json.parseObject("""
				{"customer": {"id": "C-1", "segmentHint": "x"}, "event": {"type": "CHECKOUT"}, "extra": 1}
				""");

		assertThat(request.customer().id()).isEqualTo("C-1");
	}

}
