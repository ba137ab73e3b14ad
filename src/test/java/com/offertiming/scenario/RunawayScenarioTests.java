package com.offertiming.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.RulesetCheck;
import com.offertiming.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;

import static com.offertiming.scenario.Column.EVENT;
import static com.offertiming.scenario.Column.EVENT_PRODUCTS;
import static com.offertiming.scenario.ScenarioWorkbookWriter.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** The check a reload runs: a version whose rules run away on a scenario never goes live, and the rule is named. */
class RunawayScenarioTests {

	@Test
	void aScenarioThatRunsAwayFailsTheGateNamingTheRule() {
		byte[] scenarios = ScenarioWorkbookWriter
			.write(List.of(scenario("checkout gets a cable").with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55").with(Column.EXPECTED_OFFER, "CROSS_SELL CABLE")));

		RulesetCheck.Checked checked = new RulesetCheck(new RulesetCompiler(Clock.systemUTC()), new ScenarioRunner())
			.check(RuleFiles.read(Path.of("src/test/resources/rulesets/looping")),
					Map.of("scenarios/loop.xlsx", scenarios));

		assertThat(checked.passed()).isFalse();
		assertThat(checked.ruleset()).isNull();
		assertThat(checked.problems()).hasSize(1);
		assertThat(checked.problems().get(0).file()).isEqualTo("scenarios/loop.xlsx");
		assertThat(checked.problems().get(0).message()).contains("Rule \"EventKeepsBeingUpdated\" (loop.drl line")
			.contains("offers.rules.max-firings");
	}

}
