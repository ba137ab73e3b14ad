package com.offertiming.decision;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.offertiming.facts.EventType;
import com.offertiming.ruleset.KieModuleCache;
import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.RuleLimits;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesRanAway;
import com.offertiming.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A rule that re-triggers itself fails its decision at a limit, naming the rule, instead of holding the thread. */
class RunawayRulesTests {

	static final Path LOOPING = Path.of("src/test/resources/rulesets/looping");

	@Test
	void aLoopingRuleStopsAtTheFiringLimitAndIsNamed() {
		RulesRanAway ranAway = catchThrowableOfType(RulesRanAway.class,
				() -> decide(new RuleLimits(500, Duration.ofSeconds(30))));

		assertThat(ranAway.rule()).isEqualTo("EventKeepsBeingUpdated");
		assertThat(ranAway.lastRule()).isEqualTo("EventKeepsBeingUpdated");
		assertThat(ranAway.source().file()).isEqualTo("loop.drl");
		assertThat(ranAway.source().line()).isNotNull();
		assertThat(ranAway.ruleFirings()).isGreaterThanOrEqualTo(490);
		assertThat(ranAway.getMessage()).contains("\"EventKeepsBeingUpdated\" (loop.drl line")
			.contains("the limit of 500 firings (offers.rules.max-firings)");
	}

	@Test
	void aLoopingRuleStopsAtTheTimeLimit() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> decide(new RuleLimits(1_000_000_000, Duration.ofMillis(200))))
			.isInstanceOf(RulesRanAway.class)
			.hasMessageContaining("\"EventKeepsBeingUpdated\"")
			.hasMessageContaining("the time limit of 200 ms (offers.rules.max-decision-time)");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void theLimitsDoNotTouchRulesThatComeToRest() {
		Ruleset ruleset = new RulesetCompiler(Clock.systemUTC(), KieModuleCache.NONE, new RuleLimits(50,
				Duration.ofSeconds(5))).compile(RuleFiles.read(Path.of("src/test/resources/rulesets/minimal")));
		try {
			DecisionResponse decision = DecisionEngine.decide(ruleset,
					Requests.event(EventType.CHECKOUT, "TV-55").build(), Instant.now());
			assertThat(decision.offers()).hasSize(1);
		}
		finally {
			ruleset.dispose();
		}
	}

	private static DecisionResponse decide(RuleLimits limits) {
		Ruleset ruleset = new RulesetCompiler(Clock.systemUTC(), KieModuleCache.NONE, limits)
			.compile(RuleFiles.read(LOOPING));
		try {
			return DecisionEngine.decide(ruleset, Requests.event(EventType.CHECKOUT, "TV-55").build(), Instant.now());
		}
		finally {
			ruleset.dispose();
		}
	}

}
