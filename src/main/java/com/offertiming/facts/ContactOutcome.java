package com.offertiming.facts;

public enum ContactOutcome {
	PRESENTED, ACCEPTED, DECLINED, IGNORED
}
