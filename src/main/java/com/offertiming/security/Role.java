package com.offertiming.security;

/**
 * What a caller may do. {@code APP}: ask for decisions and report their outcomes. {@code ANALYST}: the ruleset
 * (status, validate, activate, scenarios) and the effectiveness report. {@code AUDITOR}: read, search, export,
 * verify, replay and purge the decision trail.
 */
public enum Role {

	APP, ANALYST, AUDITOR;

	String authority() {
		return "ROLE_" + name();
	}

}
