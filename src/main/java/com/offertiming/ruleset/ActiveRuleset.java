package com.offertiming.ruleset;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The ruleset decisions run on: built from the rules folder at startup, swapped atomically on reload. */
@Component
public class ActiveRuleset {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

	private final AtomicReference<Ruleset> current = new AtomicReference<>();

	ActiveRuleset(RulesetProperties properties, Clock clock) {
		Ruleset ruleset = new RulesetCompiler(clock).compile(properties.directory());
		current.set(ruleset);
		log.info("Rules version {} active: {} rules from {} files in {}", ruleset.version(), ruleset.ruleCount(),
				ruleset.files().size(), properties.directory().toAbsolutePath());
	}

	/** The version to run a whole decision on; a later swap does not affect a decision already holding it. */
	public Ruleset current() {
		return current.get();
	}

}
