package com.offertiming.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.offertiming.decision.DecisionResponse;
import com.offertiming.facts.ActionKind;
import com.offertiming.facts.OfferType;
import com.offertiming.facts.Reason;

/**
 * What an analyst expects of a scenario: offers (type and product, or {@code NO_OFFER}), suppressions (reason, and
 * product when given) and actions (kind, and product when given). Each one stated must be in the decision; what is
 * not stated is not checked.
 */
record Expectation(boolean noOffer, List<Offer> offers, List<Suppression> suppressions, List<Action> actions) {

	static final String NO_OFFER = "NO_OFFER";

	record Offer(OfferType type, String productId) {
	}

	record Suppression(Reason reason, String productId) {
	}

	record Action(ActionKind kind, String productId) {
	}

	boolean isEmpty() {
		return !noOffer && offers.isEmpty() && suppressions.isEmpty() && actions.isEmpty();
	}

	boolean matches(DecisionResponse decision) {
		return (!noOffer || decision.offers().isEmpty())
				&& offers.stream().allMatch(expected -> decision.offers().stream()
					.anyMatch(o -> o.type() == expected.type() && same(expected.productId(), o.productId())))
				&& suppressions.stream().allMatch(expected -> decision.suppressed().stream()
					.anyMatch(s -> s.reason() == expected.reason() && same(expected.productId(), s.productId())))
				&& actions.stream().allMatch(expected -> decision.actions().stream()
					.anyMatch(a -> a.kind() == expected.kind() && same(expected.productId(), a.productId())));
	}

	private static boolean same(String expected, String actual) {
		return expected == null || expected.equalsIgnoreCase(Objects.toString(actual, ""));
	}

	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		if (noOffer) {
			parts.add(NO_OFFER);
		}
		offers.forEach(o -> parts.add(join("offer", o.type(), o.productId())));
		suppressions.forEach(s -> parts.add(join("suppressed", s.reason(), s.productId())));
		actions.forEach(a -> parts.add(join("action", a.kind(), a.productId())));
		return String.join("; ", parts);
	}

	/** The decision in the words of the expectations, to show beside them. */
	static String describe(DecisionResponse decision) {
		List<String> parts = new ArrayList<>();
		if (decision.offers().isEmpty()) {
			parts.add(NO_OFFER);
		}
		decision.offers().forEach(o -> parts.add(join("offer", o.type(), o.productId())));
		decision.suppressed().forEach(s -> parts.add(join("suppressed", s.reason(), s.productId())));
		decision.actions().forEach(a -> parts.add(join("action", a.kind(), a.productId())));
		return String.join("; ", parts);
	}

	private static String join(String what, Object code, String productId) {
		return String.join(" ", Stream.of(what, String.valueOf(code), productId).filter(Objects::nonNull).toList());
	}

}
