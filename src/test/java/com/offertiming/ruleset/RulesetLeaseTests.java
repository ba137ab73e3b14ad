package com.offertiming.ruleset;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulesetLeaseTests {

	private static Ruleset minimal() {
		return new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(Path.of("src/test/resources/rulesets/minimal")));
	}

	@Test
	void aRetiredRulesetKeepsServingTheDecisionsThatHoldItAndIsReleasedAfterTheLast() {
		Ruleset ruleset = minimal();
		Ruleset.Lease lease = ruleset.tryLease();

		ruleset.dispose();

		assertThat(ruleset.isReleased()).isFalse();
		var session = lease.ruleset().openSession();
		session.dispose();
		lease.close();
		assertThat(ruleset.isReleased()).isTrue();
	}

	@Test
	void aReleasedRulesetGivesNoMoreLeases() {
		Ruleset ruleset = minimal();
		ruleset.dispose();

		assertThat(ruleset.tryLease()).isNull();
	}

	@Test
	void closingALeaseTwiceReleasesItOnce() {
		Ruleset ruleset = minimal();
		Ruleset.Lease first = ruleset.tryLease();
		Ruleset.Lease second = ruleset.tryLease();

		first.close();
		first.close();
		ruleset.dispose();

		assertThat(ruleset.isReleased()).isFalse();
		second.close();
		assertThat(ruleset.isReleased()).isTrue();
	}

}
