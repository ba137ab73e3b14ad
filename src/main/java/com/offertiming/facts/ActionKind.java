package com.offertiming.facts;

public enum ActionKind {
	NURTURE, FOLLOW_UP, WIN_BACK
}
