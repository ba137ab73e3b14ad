package com.offertiming.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.EventType;
import com.offertiming.web.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Dates at the ends of what JSON can carry: the rules decide, or the field is named; nothing else breaks. */
class ExtremeValuesTests {

	enum Extreme {

		MIN(LocalDate.MIN, OffsetDateTime.MIN), MAX(LocalDate.MAX, OffsetDateTime.MAX),
		ANCIENT(LocalDate.of(1, 1, 1), OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
		FAR(LocalDate.of(9999, 12, 31), OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC));

		final LocalDate date;

		final OffsetDateTime at;

		Extreme(LocalDate date, OffsetDateTime at) {
			this.date = date;
			this.at = at;
		}

	}

	@ParameterizedTest
	@EnumSource(Extreme.class)
	void everyDateField(Extreme extreme) {
		LocalDate d = extreme.date;
		OffsetDateTime now = Requests.NOW;
		check(new DecisionRequest(null, null, new DecisionRequest.Customer("C-1", null, d, 9, true, null, 0, false,
				new DecisionRequest.Purchases(d, 1, 1L, 1, 1L, d)),
				List.of(new DecisionRequest.Holding("SAAS-BASIC", d, false, d, null, null)),
				new DecisionRequest.Event(EventType.CHECKOUT, now, Channel.WEB, List.of("SAAS-BASIC"), null, null),
				List.of(new DecisionRequest.Contact(now, "SAAS-PRO", ContactType.UPSELL, Channel.WEB,
						ContactOutcome.DECLINED))));
		check(new DecisionRequest(null, null, new DecisionRequest.Customer("C-1", null, null, 9, true, null, 0, false,
				null), null,
				new DecisionRequest.Event(EventType.CHECKOUT, extreme.at, Channel.WEB, List.of("TV-55"), null, null),
				List.of(new DecisionRequest.Contact(extreme.at, "SAAS-PRO", ContactType.UPSELL, Channel.WEB,
						ContactOutcome.DECLINED))));
	}

	private static void check(DecisionRequest request) {
		Throwable thrown = catchThrowable(() -> ShippedRules.decide(request));
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(InvalidInput.class);
		}
	}

}
