package com.offertiming.facts;

public enum CustomerKind {
	CONSUMER, BUSINESS
}
