package com.offertiming.facts;

public enum RfmDimension {
	RECENCY, FREQUENCY, MONETARY
}
