package com.offertiming.ruleset;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ruleset decisions run on: built from the rules folder at startup and archived, swapped atomically on reload.
 * Past versions are rebuilt from the archive on demand (for replay).
 */
@Component
public class ActiveRuleset {

	private static final Logger log = LoggerFactory.getLogger(ActiveRuleset.class);

	private final AtomicReference<Ruleset> current = new AtomicReference<>();

	private final RulesetCompiler compiler;

	private final RulesetArchive archive;

	ActiveRuleset(RulesetProperties properties, RulesetArchive archive, Clock clock) {
		this.compiler = new RulesetCompiler(clock);
		this.archive = archive;
		RuleFiles files = RuleFiles.read(properties.directory());
		Ruleset ruleset = compiler.compile(files);
		archive.archive(ruleset, files, clock.instant());
		current.set(ruleset);
		log.info("Rules version {} active: {} rules from {} files in {}", ruleset.version(), ruleset.ruleCount(),
				ruleset.files().size(), properties.directory().toAbsolutePath());
	}

	/** The version to run a whole decision on; a later swap does not affect a decision already holding it. */
	public Ruleset current() {
		return current.get();
	}

	/**
	 * Runs work on the given archived version: the active one as it is, another one built from the archive for the
	 * call and disposed after it. Empty when the version was never activated.
	 */
	public <T> Optional<T> withVersion(String version, Function<Ruleset, T> work) {
		Ruleset active = current.get();
		if (active.version().equals(version)) {
			return Optional.of(work.apply(active));
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

}
