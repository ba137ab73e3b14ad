package com.offertiming;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.RuleProblem;
import com.offertiming.ruleset.RulesetCheck;
import com.offertiming.ruleset.RulesetCompiler;
import com.offertiming.ruleset.RulesetDidNotCompile;
import com.offertiming.ruleset.ScenarioReport;
import com.offertiming.scenario.ScenarioRunner;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Checks a rules folder from the command line, as a reload would before activating it: the files compile and the
 * scenarios in its {@code scenarios/} folder pass. Exits 0 only when clean, 1 when the rules would be rejected, 2 on
 * a usage error. Lives beside the application class because it wires two features together, as the application does.
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=com.offertiming.ValidateRules -Dexec.args=rules</pre>
 */
public final class ValidateRules {

	private ValidateRules() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out);
		if (status != 0) {
			System.exit(status);
		}
	}

	static int run(String[] args, PrintStream out) {
		if (args.length > 1) {
			out.println("Usage: ValidateRules [rules folder, default: rules]");
			return 2;
		}
		quietEngine();
		Path folder = Path.of(args.length == 1 ? args[0] : "rules");
		RulesetCheck.Checked checked;
		try {
			checked = new RulesetCheck(new RulesetCompiler(Clock.systemUTC()), new ScenarioRunner())
				.check(RuleFiles.read(folder), RuleFiles.readScenarios(folder));
		}
		catch (RulesetDidNotCompile ex) {
			ex.problems().forEach(problem -> out.println("ERROR " + problem));
			return 1;
		}
		out.println("Rules in " + folder + " (version " + checked.version() + ")");
		ScenarioReport scenarios = checked.scenarios();
		if (scenarios != null) {
			scenarios.results().forEach(result -> out.println((result.passed() ? "PASS  " : "FAIL  ") + result.file()
					+ ", sheet " + result.sheet() + ", row " + result.row() + ": " + result.scenario()
					+ (result.passed() ? "" : "\n        expected " + result.expected() + "\n        got      "
							+ result.actual())));
			if (scenarios.note() != null) {
				out.println(scenarios.note());
			}
		}
		for (RuleProblem problem : checked.problems()) {
			out.println("ERROR " + problem);
		}
		if (checked.ruleset() != null) {
			out.println("OK: " + checked.ruleset().ruleCount() + " rules compile"
					+ (scenarios == null ? "" : "; " + scenarios.passed() + " of " + scenarios.total()
							+ " scenarios pass"));
			checked.ruleset().dispose();
			return 0;
		}
		out.println("NOT OK: " + checked.problems().size() + " problem(s); these rules would not go live");
		return 1;
	}

	/** Only warnings from the engine: the report is the output. */
	private static void quietEngine() {
		LoggingSystem logging = LoggingSystem.get(ValidateRules.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
	}

}
