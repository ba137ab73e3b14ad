package com.offertiming.facts;

/** Why a candidate offer was stopped: a gate, a throttle or arbitration. */
public enum Reason {
	TRIAL_PERIOD, OPEN_COMPLAINT, NO_CONSENT, FREQUENCY_CAP, DECLINE_COOLDOWN, OVER_BUDGET, CHAINED_UPSELL,
	DETRACTOR, ALREADY_COVERED, LAPSED_SEGMENT, FOLLOW_UP_PENDING, OFFER_LIMIT
}
