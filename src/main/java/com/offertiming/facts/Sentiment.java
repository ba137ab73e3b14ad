package com.offertiming.facts;

public enum Sentiment {
	POSITIVE, NEUTRAL, NEGATIVE
}
