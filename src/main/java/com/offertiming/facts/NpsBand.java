package com.offertiming.facts;

public enum NpsBand {
	PROMOTER, PASSIVE, DETRACTOR
}
