package com.offertiming.ruleset;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the business rule files live (default: the {@code rules} folder of the working directory), whether a saved
 * change goes live without a restart ({@code watch}, checked every {@code watchInterval}), and where built versions are
 * cached for the next start ({@code cacheDirectory}; none when unset). One decision may fire at most
 * {@code maxFirings} rules and take at most {@code maxDecisionTime}: a rule that loops fails its decision instead of
 * holding a thread.
 */
@ConfigurationProperties("offers.rules")
record RulesetProperties(@DefaultValue("rules") Path directory, @DefaultValue("true") boolean watch,
		@DefaultValue("500ms") Duration watchInterval, Path cacheDirectory,
		@DefaultValue("10000") int maxFirings, @DefaultValue("2s") Duration maxDecisionTime) {
}
