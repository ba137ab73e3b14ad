package com.offertiming.ruleset;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RulesetCompilerTests {

	private static final String DRL_HEADER = """
			package fixture;

			import com.offertiming.facts.*;

			""";

	private final RulesetCompiler compiler = new RulesetCompiler(Clock.systemUTC());

	@Test
	void aDecisionTableCompilesWithTheSheetAndRowOfEachRule() {
		Ruleset ruleset = compiler.compile(files("offers/checkout.drl.xlsx", TestWorkbooks.checkoutOffers(List.of(
				new String[] { "TvGetsAStand", "A TV buyer needs a stand", "CHECKOUT", "TV-55", "TV-STAND" },
				new String[] { "CameraGetsACase", "A camera needs a case", "CHECKOUT", "CAMERA", "CAMERA-CASE" }))));
		try {
			assertThat(ruleset.ruleCount()).isEqualTo(2);
			assertThat(ruleset.sources()).containsEntry("fixture.CameraGetsACase", RuleSource.tableRow(
					"offers/checkout.drl.xlsx", TestWorkbooks.SHEET, TestWorkbooks.FIRST_RULE_ROW + 1,
					"A camera needs a case"));
		}
		finally {
			ruleset.dispose();
		}
	}

	@Test
	void aWrongValueInATableIsReportedWithItsSheetRowAndCell() {
		RulesetDidNotCompile error = fails(files("offers/checkout.drl.xlsx", TestWorkbooks.checkoutOffers(List.of(
				new String[] { "TvGetsAStand", "fine", "CHECKOUT", "TV-55", "TV-STAND" },
				new String[] { "CameraGetsACase", "a typo", "CHEKOUT", "CAMERA", "CAMERA-CASE" }))));

		assertThat(error.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("offers/checkout.drl.xlsx");
			assertThat(problem.sheet()).isEqualTo(TestWorkbooks.SHEET);
			assertThat(problem.row()).isEqualTo(TestWorkbooks.FIRST_RULE_ROW + 1);
			assertThat(problem.cell()).isEqualTo("C" + (TestWorkbooks.FIRST_RULE_ROW + 1));
		});
	}

	@Test
	void anActionCellLeftBlankIsReportedBeforeDroolsRuns() {
		RulesetDidNotCompile error = fails(files("offers/checkout.drl.xlsx", TestWorkbooks.checkoutOffers(List.<String[]>of(
				new String[] { "TvGetsAStand", "no offer given", "CHECKOUT", "TV-55", "" }))));

		assertThat(error.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.sheet()).isEqualTo(TestWorkbooks.SHEET);
			assertThat(problem.cell()).isEqualTo("E" + TestWorkbooks.FIRST_RULE_ROW);
			assertThat(problem.message()).contains("ACTION cell is empty");
		});
	}

	@Test
	void aRuleNameUsedTwiceIsReportedAtTheSecondNameCell() {
		RulesetDidNotCompile error = fails(files("offers/checkout.drl.xlsx", TestWorkbooks.checkoutOffers(List.of(
				new String[] { "Same", "one", "CHECKOUT", "TV-55", "TV-STAND" },
				new String[] { "Same", "two", "CHECKOUT", "CAMERA", "CAMERA-CASE" }))));

		assertThat(error.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.cell()).isEqualTo("A" + (TestWorkbooks.FIRST_RULE_ROW + 1)));
	}

	@Test
	void aColumnKindDroolsDoesNotKnowIsReportedWithItsCell() {
		byte[] workbook = TestWorkbooks.table("fixture", "offers", "Broken",
				new String[] { "NAME", "KONDITION", "ACTION" }, new String[] { "", "Event", "" },
				new String[] { "", "type == EventType.$param", "insert(new Action(ActionKind.NURTURE, null));" },
				new String[] { "Rule", "Event", "Do" }, List.<String[]>of(new String[] { "R1", "CHECKOUT", "x" }));

		RulesetDidNotCompile error = fails(files("gates/broken.drl.xlsx", workbook));

		assertThat(error.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("gates/broken.drl.xlsx");
			assertThat(problem.sheet()).isEqualTo(TestWorkbooks.SHEET);
			assertThat(problem.cell()).isEqualTo("B7");
		});
	}

	@Test
	void aCorruptWorkbookIsReportedByFileInPlainWords() {
		RulesetDidNotCompile error = fails(files("offers/checkout.drl.xlsx", "PK not really a workbook"
			.getBytes(StandardCharsets.UTF_8)));

		assertThat(error.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("offers/checkout.drl.xlsx");
			assertThat(problem.message()).contains("cannot be read as a decision table");
		});
	}

	@Test
	void aDrlSyntaxErrorIsReportedWithItsLine() {
		RulesetDidNotCompile error = fails(files("arbitration/broken.drl", (DRL_HEADER + """
				rule "Fine"
				when
				    Event(type == EventType.CHECKOUT)
				then
				end

				rule "Unclosed"
				when
				    Event(type == EventType.CHECKOUT
				then
				end
				""").getBytes(StandardCharsets.UTF_8)));

		assertThat(error.problems()).first().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("arbitration/broken.drl");
			assertThat(problem.line()).isEqualTo(14);
		});
	}

	@Test
	void everyRuleTheExecutableModelRejectsIsReportedWithItsLine() {
		RulesetDidNotCompile error = fails(files("arbitration/broken.drl", (DRL_HEADER + """
				rule "Fine"
				when
				    Event(type == EventType.CHECKOUT)
				then
				end

				rule "UnknownField"
				when
				    Event(typo == 3)
				then
				end

				rule "UnknownClass"
				when
				    Event(type == EventType.CHECKOUT)
				then
				    insert(new Nothing());
				end
				""").getBytes(StandardCharsets.UTF_8)));

		assertThat(error.problems()).as(error.getMessage()).extracting(RuleProblem::line).containsExactly(11, 17);
		assertThat(error.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(
				"arbitration/broken.drl"));
	}

	@Test
	void aRuleThatMakesTheBuildThrowIsReportedWithItsLine() {
		RulesetDidNotCompile error = fails(files("arbitration/ranking.drl", (DRL_HEADER + """
				rule "Fine"
				when
				    Event(type == EventType.CHECKOUT)
				then
				end

				rule "CollectsAnUnknownType"
				when
				    accumulate(Unknown($u: this); $all: collectList($u))
				then
				end
				""").getBytes(StandardCharsets.UTF_8)));

		assertThat(error.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("arbitration/ranking.drl");
			assertThat(problem.line()).isEqualTo(11);
		});
	}

	private RulesetDidNotCompile fails(RuleFiles files) {
		RulesetDidNotCompile error = catchThrowableOfType(RulesetDidNotCompile.class, () -> compiler.compile(files));
		assertThat(error).as("the rules should not compile").isNotNull();
		return error;
	}

	private static RuleFiles files(String name, byte[] content) {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		contents.put(name, content);
		return new RuleFiles(contents);
	}

}
