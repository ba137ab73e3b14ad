package com.offertiming.facts;

/** Why a candidate offer was stopped: a gate, a throttle or arbitration. */
public enum Reason {

	TRIAL_PERIOD, OPEN_COMPLAINT, NO_CONSENT, FREQUENCY_CAP(FrequencyCap.class),
	DECLINE_COOLDOWN(DeclineCooldown.class), OVER_BUDGET, CHAINED_UPSELL(ChainPolicy.class), DETRACTOR,
	ALREADY_COVERED, LAPSED_SEGMENT, FOLLOW_UP_PENDING(FollowUpPolicy.class), OFFER_LIMIT(OfferLimit.class);

	private final Class<? extends Policy> policy;

	Reason() {
		this(null);
	}

	Reason(Class<? extends Policy> policy) {
		this.policy = policy;
	}

	/** The kind of policy row whose numbers this reason applies, if any. */
	public Class<? extends Policy> policy() {
		return policy;
	}

}
