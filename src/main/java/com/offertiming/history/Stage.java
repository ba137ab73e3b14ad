package com.offertiming.history;

import com.offertiming.facts.ContactOutcome;

/**
 * Where an outcome sits in an offer's state machine, weakest first. An offer holds at most one outcome per stage;
 * the latest state of an offer is its outcome of the highest stage.
 */
enum Stage {

	PRESENTED, IGNORED, FINAL;

	static Stage of(ContactOutcome outcome) {
		return switch (outcome) {
			case PRESENTED -> PRESENTED;
			case IGNORED -> IGNORED;
			case ACCEPTED, DECLINED -> FINAL;
		};
	}

}
