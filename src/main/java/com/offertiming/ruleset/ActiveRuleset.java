package com.offertiming.ruleset;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.offertiming.ruleset.RulesetStatus.Attempt;
import com.offertiming.ruleset.RulesetStatus.Outcome;
import com.offertiming.ruleset.RulesetStatus.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The ruleset decisions run on. Built from the rules folder at startup, and again whenever the folder changes; a new
 * version goes live only when it compiles and passes the analysts' scenarios, is archived, and replaces the old one
 * atomically. Decisions hold a {@link Ruleset.Lease}, so a replaced version is released only when the last decision
 * on it is done. Loads and rollbacks are serialized; decisions never wait for them.
 */
@Component
public class ActiveRuleset {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

	/** A version that went live, with the files and scenarios it was checked with. */
	record Activation(Ruleset ruleset, RuleFiles files, String scenariosHash, Instant at, Trigger trigger,
			ScenarioReport scenarios) {
	}

	private final AtomicReference<Activation> active = new AtomicReference<>();

	private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();

	private final RulesetProperties properties;

	private final RulesetArchive archive;

	private final RulesetCompiler compiler;

	private final ScenarioGate gate;

	private final Clock clock;

	ActiveRuleset(RulesetProperties properties, RulesetArchive archive, RulesetCompiler compiler,
			ObjectProvider<ScenarioGate> gate, Clock clock) {
		this.properties = properties;
		this.archive = archive;
		this.compiler = compiler;
		this.gate = gate.getIfAvailable(() -> ScenarioGate.NONE);
		this.clock = clock;
		Attempt startup = loadFolder(Trigger.STARTUP);
		if (active.get() == null) {
			startFromArchive(startup);
		}
	}

	/** The version to read about; to run rules on it, take a {@link #lease()}. */
	public Ruleset current() {
		return active.get().ruleset();
	}

	/** A hold on the active version for one decision: a later swap does not affect a decision holding it. */
	public Ruleset.Lease lease() {
		while (true) {
			Ruleset.Lease lease = active.get().ruleset().tryLease();
			if (lease != null) {
				return lease;
			}
			// Swapped and released between reading and leasing: the next read sees the new version.
		}
	}

	/**
	 * Loads the rules folder: a new version goes live when it passes the check; files equal to the active version's
	 * activate nothing (their scenarios are re-run when only those changed).
	 */
	synchronized Attempt loadFolder(Trigger trigger) {
		Instant at = clock.instant();
		Path directory = properties.directory();
		RuleFiles files;
		Map<String, byte[]> scenarios;
		try {
			files = RuleFiles.read(directory);
			scenarios = RuleFiles.readScenarios(directory);
		}
		catch (RulesetDidNotCompile ex) {
			return rejected(at, trigger, null, ex.problems());
		}
		catch (UncheckedIOException ex) {
			return rejected(at, trigger, null, List.of(RuleProblem.inFile(directory.toString(),
					"could not be read: " + ex.getCause().getMessage())));
		}
		String version = files.version();
		String scenariosHash = RuleFiles.hash(scenarios);
		Activation current = active.get();
		if (current != null && current.ruleset().version().equals(version)) {
			if (scenariosHash.equals(current.scenariosHash())) {
				return lastAttempt.get();
			}
			ScenarioReport report;
			try (Ruleset.Lease lease = lease()) {
				report = gate.run(lease.ruleset(), scenarios);
			}
			active.set(new Activation(current.ruleset(), current.files(), scenariosHash, current.at(),
					current.trigger(), report));
			log.info("Rules version {} unchanged; scenarios re-run: {} of {} pass", version, report.passed(),
					report.total());
			return record(new Attempt(at, trigger, version, Outcome.UNCHANGED, report.failures()));
		}
		RulesetCheck.Checked checked = new RulesetCheck(compiler, gate).check(files, scenarios);
		if (!checked.passed()) {
			return rejected(at, trigger, version, checked.problems());
		}
		try {
			archive.archive(checked.ruleset(), files, at);
		}
		catch (RuntimeException ex) {
			checked.ruleset().dispose();
			log.warn("Rules version {} could not be archived", version, ex);
			return rejected(at, trigger, version,
					List.of(RuleProblem.inFile(".", "the version could not be archived: " + ex.getMessage())));
		}
		activate(new Activation(checked.ruleset(), files, scenariosHash, at, trigger, checked.scenarios()));
		return record(new Attempt(at, trigger, version, Outcome.ACTIVATED, List.of()));
	}

	/**
	 * Makes an archived version live (a rollback, or forward again). The operator's choice wins over the scenarios:
	 * they are run and reported, but do not block it. It stays live until the rules folder changes again.
	 */
	synchronized Attempt activate(String version) {
		Instant at = clock.instant();
		Activation current = active.get();
		if (current.ruleset().version().equals(version)) {
			return record(new Attempt(at, Trigger.MANUAL, version, Outcome.UNCHANGED, List.of()));
		}
		RuleFiles files = archive.files(version).orElseThrow(() -> new UnknownRulesetVersion(version));
		Ruleset ruleset = compiler.compile(files);
		ScenarioReport report = gate.run(ruleset, readScenariosOrNone());
		activate(new Activation(ruleset, files, current.scenariosHash(), at, Trigger.MANUAL, report));
		return record(new Attempt(at, Trigger.MANUAL, version, Outcome.ACTIVATED, report.failures()));
	}

	/**
	 * Runs work on the given archived version: the active one under a lease, another one built from the archive for
	 * the call and disposed after it. Empty when the version was never activated.
	 */
	public <T> Optional<T> withVersion(String version, Function<Ruleset, T> work) {
		try (Ruleset.Lease lease = lease()) {
			if (lease.ruleset().version().equals(version)) {
				return Optional.of(work.apply(lease.ruleset()));
			}
		}
		return archive.files(version).map(files -> {
			Ruleset ruleset = compiler.compile(files);
			try {
				return work.apply(ruleset);
			}
			finally {
				ruleset.dispose();
			}
		});
	}

	public RulesetStatus status() {
		Activation current = active.get();
		Ruleset ruleset = current.ruleset();
		String watchNote = properties.watch()
				? "changes to " + properties.directory() + " go live within seconds; a manually activated version "
						+ "stays live until the folder changes again"
				: "the rules folder is read at startup only (offers.rules.watch=false)";
		return new RulesetStatus(ruleset.version(), ruleset.files(), ruleset.ruleCount(), current.at(),
				current.trigger(), properties.watch(), watchNote, RulesetStatus.Scenarios.of(current.scenarios()),
				lastAttempt.get());
	}

	ScenarioReport scenarios() {
		return active.get().scenarios();
	}

	RuleFiles files() {
		return active.get().files();
	}

	Path directory() {
		return properties.directory();
	}

	private void activate(Activation next) {
		Activation previous = active.getAndSet(next);
		Ruleset ruleset = next.ruleset();
		log.info("Rules version {} active ({}): {} rules from {} files in {}; scenarios: {} of {} pass",
				ruleset.version(), next.trigger(), ruleset.ruleCount(), ruleset.files().size(),
				properties.directory().toAbsolutePath(), next.scenarios().passed(), next.scenarios().total());
		if (previous != null && previous.ruleset() != ruleset) {
			previous.ruleset().dispose();
		}
	}

	/** The folder does not give a ruleset that passes: serve the last archived version rather than nothing. */
	private void startFromArchive(Attempt startup) {
		String version = archive.versions().stream().findFirst().map(RulesetArchive.ArchivedVersion::version)
			.orElseThrow(() -> new RulesetDidNotCompile(startup.errors()));
		RuleFiles files = archive.files(version).orElseThrow();
		Ruleset ruleset = compiler.compile(files);
		log.warn("The rules folder {} did not give a ruleset that passes; serving the last archived version {}",
				properties.directory().toAbsolutePath(), version);
		activate(new Activation(ruleset, files, null, clock.instant(), Trigger.STARTUP,
				gate.run(ruleset, readScenariosOrNone())));
	}

	private Map<String, byte[]> readScenariosOrNone() {
		try {
			return RuleFiles.readScenarios(properties.directory());
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	private Attempt rejected(Instant at, Trigger trigger, String version, List<RuleProblem> problems) {
		log.warn("Rules {} not activated ({}); version {} keeps serving:\n  {}", version == null ? "folder" : version,
				trigger, active.get() == null ? "none" : current().version(),
				String.join("\n  ", problems.stream().map(RuleProblem::toString).toList()));
		return record(new Attempt(at, trigger, version, Outcome.REJECTED, problems));
	}

	private Attempt record(Attempt attempt) {
		lastAttempt.set(attempt);
		return attempt;
	}

}
