package com.offertiming.ruleset;

import java.util.Map;

/**
 * One rule file turned into DRL, with where each of its rules is written (keyed by {@code package.ruleName}).
 * For a decision table, {@code drl} is what Drools generated from it.
 */
record CompiledSource(String file, String drl, Map<String, RuleSource> sources) {
}
