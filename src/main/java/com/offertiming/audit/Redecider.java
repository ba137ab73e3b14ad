package com.offertiming.audit;

import java.time.Instant;

import com.offertiming.ruleset.Ruleset;

/** Decides stored request facts again on a given ruleset and stores nothing; the decision feature implements it. */
public interface Redecider {

	DecisionEntry redecide(String request, Instant decidedAt, Ruleset ruleset);

}
