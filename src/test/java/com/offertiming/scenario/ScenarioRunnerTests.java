package com.offertiming.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;
import com.offertiming.ruleset.ScenarioReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.offertiming.scenario.Column.*;
import static com.offertiming.scenario.ScenarioWorkbookWriter.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** The runner on the one-rule fixture ruleset: a checkout of anything is offered a CABLE. */
class ScenarioRunnerTests {

	private static Ruleset ruleset;

	private final ScenarioRunner runner = new ScenarioRunner();

	@BeforeAll
	static void compileFixtureRules() {
		ruleset = new RulesetCompiler(Clock.systemUTC())
			.compile(RuleFiles.read(Path.of("src/test/resources/rulesets/minimal")));
	}

	@AfterAll
	static void dispose() {
		ruleset.dispose();
	}

	@Test
	void aScenarioWhoseExpectedOfferIsMadePasses() {
		ScenarioReport report = run(scenario("checkout gets a cable").with(EVENT, "CHECKOUT")
			.with(EVENT_PRODUCTS, "TV-55").with(CHANNEL, "WEB").with(EXPECTED_OFFER, "CROSS_SELL CABLE"));

		assertThat(report.allPassed()).isTrue();
		assertThat(report.results()).singleElement().satisfies(result -> {
			assertThat(result.passed()).isTrue();
			assertThat(result.actual()).isEqualTo("offer CROSS_SELL CABLE");
			assertThat(result.row()).isEqualTo(2);
		});
	}

	@Test
	void aFailingScenarioShowsTheActualOutcomeBesideTheExpectedOneAndPointsToItsRow() {
		ScenarioReport report = run(
				scenario("checkout gets a cable").with(EVENT, "CHECKOUT").with(EVENT_PRODUCTS, "TV-55")
					.with(EXPECTED_OFFER, "CROSS_SELL CABLE"),
				scenario("a view gets nothing").with(EVENT, "PRODUCT_VIEWED").with(EVENT_PRODUCTS, "TV-55")
					.with(EXPECTED_OFFER, "UPSELL TV-65"));

		assertThat(report.allPassed()).isFalse();
		assertThat(report.passed()).isEqualTo(1);
		assertThat(report.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.file()).isEqualTo("scenarios/test.xlsx");
			assertThat(failure.sheet()).isEqualTo(ScenarioWorkbookWriter.SHEET);
			assertThat(failure.row()).isEqualTo(3);
			assertThat(failure.message()).contains("expected offer UPSELL TV-65").contains("NO_OFFER");
		});
	}

	@Test
	void noOfferIsExpectedAndMet() {
		assertThat(run(scenario("view").with(EVENT, "PRODUCT_VIEWED").with(EXPECTED_OFFER, "NO_OFFER")).allPassed())
			.isTrue();
	}

	@Test
	void aValueThatIsNotAllowedIsReportedWithItsCellAndTheRowIsNotRun() {
		ScenarioReport report = run(scenario("typo").with(EVENT, "CHEKOUT").with(EXPECTED_OFFER, "NO_OFFER"));

		assertThat(report.allPassed()).isFalse();
		assertThat(report.results()).isEmpty();
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.cell()).isEqualTo(cellOf(EVENT, 2));
			assertThat(problem.message()).contains("CHEKOUT").contains("CHECKOUT");
		});
	}

	@Test
	void aRowWithoutAnyExpectedOutcomeIsAProblem() {
		ScenarioReport report = run(scenario("no expectation").with(EVENT, "CHECKOUT"));

		assertThat(report.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("no outcome is expected"));
	}

	@Test
	void withoutScenarioWorkbooksTheGatePassesVacuouslyAndSaysSo() {
		ScenarioReport report = runner.run(ruleset, Map.of());

		assertThat(report.allPassed()).isTrue();
		assertThat(report.note()).contains("vacuously");
	}

	@Test
	void theShippedDefaultScenariosAreWhatTheGeneratorWritesAndReadCleanly() throws Exception {
		byte[] shipped = java.nio.file.Files.readAllBytes(DefaultScenarios.FILE);
		ScenarioWorkbook.Read read = ScenarioWorkbook.read("scenarios/default-scenarios.xlsx", shipped);
		ScenarioWorkbook.Read generated = ScenarioWorkbook.read("scenarios/default-scenarios.xlsx",
				ScenarioWorkbookWriter.write(DefaultScenarios.all()));

		assertThat(read.problems()).isEmpty();
		assertThat(read.scenarios()).hasSize(DefaultScenarios.all().size());
		assertThat(read.scenarios()).extracting(s -> s.name() + " " + s.expected() + " " + s.request().event())
			.isEqualTo(generated.scenarios().stream()
				.map(s -> s.name() + " " + s.expected() + " " + s.request().event()).toList());
	}

	private ScenarioReport run(ScenarioWorkbookWriter.Scenario... scenarios) {
		return runner.run(ruleset, Map.of("scenarios/test.xlsx", ScenarioWorkbookWriter.write(List.of(scenarios))));
	}

	private static String cellOf(Column column, int row) {
		return new org.apache.poi.ss.util.CellReference(row - 1, column.ordinal()).formatAsString(false);
	}

}
