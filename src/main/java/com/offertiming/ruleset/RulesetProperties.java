package com.offertiming.ruleset;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the business rule files live (default: the {@code rules} folder of the working directory). */
@ConfigurationProperties("offers.rules")
record RulesetProperties(@DefaultValue("rules") Path directory) {
}
