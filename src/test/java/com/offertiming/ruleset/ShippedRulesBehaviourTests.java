package com.offertiming.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

import com.offertiming.facts.Action;
import com.offertiming.facts.ActionKind;
import com.offertiming.facts.Channel;
import com.offertiming.facts.Contact;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.Customer;
import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.Event;
import com.offertiming.facts.EventType;
import com.offertiming.facts.Focus;
import com.offertiming.facts.Holding;
import com.offertiming.facts.Moment;
import com.offertiming.facts.Offer;
import com.offertiming.facts.Ranking;
import com.offertiming.facts.Reason;
import com.offertiming.facts.Scope;
import com.offertiming.facts.Sentiment;
import com.offertiming.facts.Suppression;

/**
 * A few decisions run through the shipped rules, phase by phase the way the evaluator runs them, to show the
 * workbooks mean what their notes say.
 */
class ShippedRulesBehaviourTests {

	private static final String[] PHASES = { "profile", "moments", "offers", "gates", "throttles", "arbitration" };

	private static Ruleset ruleset;

	@BeforeAll
	static void compile() {
		ruleset = new RulesetCompiler(Clock.systemUTC()).compile(Path.of("rules"));
	}

	@AfterAll
	static void dispose() {
		ruleset.dispose();
	}

	private static Customer customer(Integer nps, boolean consent, Integer tenureDays) {
		return new Customer("C-1", CustomerKind.CONSUMER, tenureDays, nps, consent, null, 0, false, 10, 3, 60000L, 5,
				150000L);
	}

	private static Event event(EventType type, Channel channel, String... products) {
		return new Event(type, channel, channel.isOutbound(), List.of(products), null, null);
	}

	private static Holding holding(String product, int usagePercent) {
		return new Holding(product, 400, false, 200, usagePercent, 100, usagePercent, 10000L, false);
	}

	/** Runs one decision; the facts are the customer, the event, holdings and contacts. */
	private static List<Object> decide(Customer customer, Event event, List<Holding> holdings,
			List<Contact> contacts) {
		KieSession session = ruleset.newSession();
		try {
			session.insert(customer);
			session.insert(event);
			event.productIds().forEach(product -> session.insert(new Focus(product, Scope.EVENT)));
			holdings.forEach(holding -> {
				session.insert(holding);
				session.insert(new Focus(holding.productId(), Scope.HOLDING));
			});
			contacts.forEach(session::insert);
			for (int i = PHASES.length - 1; i >= 0; i--) {
				session.getAgenda().getAgendaGroup(PHASES[i]).setFocus();
			}
			session.fireAllRules();
			return new ArrayList<>(session.getObjects());
		}
		finally {
			session.dispose();
		}
	}

	private static <T> List<T> only(List<Object> facts, Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The offers best first; the session hands facts back in no defined order. */
	private static List<Offer> offers(List<Object> facts) {
		return only(facts, Offer.class).stream().sorted(Ranking.OFFERS_BEST_FIRST).toList();
	}

	@Test
	void checkoutOfATvCrossSellsItsAccessories() {
		List<Object> facts = decide(customer(9, true, 400), event(EventType.CHECKOUT, Channel.WEB, "TV-55"), List.of(),
				List.of());

		assertThat(offers(facts)).extracting(offer -> offer.candidate().productId())
			.containsExactly("HDMI-CABLE", "TV-STAND")
			.hasSize(2);
		assertThat(only(facts, Suppression.class)).isEmpty();
	}

	@Test
	void detractorGetsNurtureAndNoOffer() {
		List<Object> facts = decide(customer(3, true, 400), event(EventType.CHECKOUT, Channel.WEB, "TV-55"), List.of(),
				List.of());

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason).containsOnly(Reason.DETRACTOR);
		assertThat(only(facts, Action.class)).containsExactly(new Action(ActionKind.NURTURE, null));
	}

	@Test
	void usageNearTheLimitUpsellsOnceAndTheMomentCountsOnce() {
		List<Object> facts = decide(customer(8, true, 400), event(EventType.USAGE_ALERT, Channel.APP, "SAAS-BASIC"),
				List.of(holding("SAAS-BASIC", 92)), List.of());

		assertThat(only(facts, Moment.class)).hasSize(1);
		assertThat(offers(facts)).extracting(offer -> offer.candidate().productId())
			.containsExactly("SAAS-PRO");
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason)
			.containsOnly(Reason.CHAINED_UPSELL);
	}

	@Test
	void unknownTenureWaitsLikeOnboarding() {
		List<Object> facts = decide(customer(8, true, null), event(EventType.USAGE_ALERT, Channel.APP, "SAAS-BASIC"),
				List.of(holding("SAAS-BASIC", 92)), List.of());

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason).contains(Reason.TRIAL_PERIOD);
	}

	@Test
	void outboundOfferNeedsConsent() {
		List<Object> facts = decide(customer(9, false, 400), event(EventType.CHECKOUT, Channel.EMAIL, "TV-55"),
				List.of(), List.of());

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason).containsOnly(Reason.NO_CONSENT);
	}

	@Test
	void anOfferOnTheSameOutboundChannelThisWeekReachesTheCap() {
		Contact lastWeek = new Contact(3, "PHONE-CASE", ContactType.CROSS_SELL, Channel.EMAIL, true,
				ContactOutcome.IGNORED);
		List<Object> facts = decide(customer(9, true, 400), event(EventType.CHECKOUT, Channel.EMAIL, "TV-55"),
				List.of(), List.of(lastWeek));

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason)
			.containsOnly(Reason.FREQUENCY_CAP);
	}

	@Test
	void aDeclinedCrossSellRestsThirtyDays() {
		Contact declined = new Contact(12, "CAMERA-CASE", ContactType.CROSS_SELL, Channel.WEB, false,
				ContactOutcome.DECLINED);
		List<Object> facts = decide(customer(9, true, 400), event(EventType.CHECKOUT, Channel.WEB, "TV-55"), List.of(),
				List.of(declined));

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason)
			.containsOnly(Reason.DECLINE_COOLDOWN);
	}

	@Test
	void acceptedUpsellIsFollowedUpAndFurtherUpsellsWait() {
		Contact accepted = new Contact(40, "SAAS-BASIC", ContactType.UPSELL, Channel.SALES_REP, false,
				ContactOutcome.ACCEPTED);
		List<Object> facts = decide(customer(8, true, 400), event(EventType.USAGE_ALERT, Channel.APP, "SAAS-BASIC"),
				List.of(holding("SAAS-BASIC", 92)), List.of(accepted));

		assertThat(offers(facts)).isEmpty();
		assertThat(only(facts, Suppression.class)).extracting(Suppression::reason)
			.contains(Reason.FOLLOW_UP_PENDING);
		assertThat(only(facts, Action.class)).containsExactly(new Action(ActionKind.FOLLOW_UP, "SAAS-BASIC"));
	}

	@Test
	void unknownSentimentMakesNoEmotionalPeak() {
		Event attended = new Event(EventType.EVENT_ATTENDED, Channel.STORE, false, List.of("FESTIVAL-TICKET"), null,
				null);
		Event happy = new Event(EventType.EVENT_ATTENDED, Channel.STORE, false, List.of("FESTIVAL-TICKET"),
				Sentiment.POSITIVE, null);

		assertThat(only(decide(customer(9, true, 400), attended, List.of(), List.of()), Offer.class)).isEmpty();
		assertThat(only(decide(customer(9, true, 400), happy, List.of(), List.of()), Offer.class))
			.extracting(offer -> offer.candidate().productId())
			.containsExactly("FESTIVAL-MERCH");
	}

}
