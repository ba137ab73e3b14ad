package com.offertiming.facts;

/** Where an offer reaches the customer. Outbound channels need marketing consent. */
public enum Channel {

	WEB(false), APP(false), STORE(false), EMAIL(true), SMS(true), DIRECT_MAIL(true), CALL(true), SALES_REP(false);

	private final boolean outbound;

	Channel(boolean outbound) {
		this.outbound = outbound;
	}

	public boolean isOutbound() {
		return outbound;
	}

}
