package com.offertiming.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;
import com.offertiming.ruleset.ScenarioReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysts' shipped scenarios, the gate of every reload, hold on the shipped rules. */
class ShippedScenariosTests {

	@Test
	void everyShippedScenarioPassesOnTheShippedRules() throws Exception {
		Ruleset ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(Path.of("rules")));
		try {
			ScenarioReport report = new ScenarioRunner().run(ruleset,
					Map.of("scenarios/default-scenarios.xlsx", Files.readAllBytes(DefaultScenarios.FILE)));

			assertThat(report.failures()).isEmpty();
			assertThat(report.passed()).isEqualTo(DefaultScenarios.all().size());
		}
		finally {
			ruleset.dispose();
		}
	}

}
