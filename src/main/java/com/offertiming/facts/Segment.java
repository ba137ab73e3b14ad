package com.offertiming.facts;

public enum Segment {
	FIRST_TIME, EARLY_REPEAT, STEADY, TRENDY, LOYAL
}
