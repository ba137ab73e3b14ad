package com.offertiming.facts;

/** Where a product in focus comes from: the event (bought, viewed) or the customer's holdings. */
public enum Scope {
	EVENT, HOLDING
}
