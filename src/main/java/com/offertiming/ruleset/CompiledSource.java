package com.offertiming.ruleset;

import java.util.List;
import java.util.Map;

/**
 * One rule file turned into DRL, with where each of its rules is written (keyed by {@code package.ruleName}). For a
 * decision table, {@code drl} is what Drools generated from it and {@code cells} holds, per rule, the filled cells of
 * its row, so that an error Drools reports on the generated rule can be pinned to a cell.
 */
record CompiledSource(String file, String drl, Map<String, RuleSource> sources, Map<String, List<CellText>> cells) {

	CompiledSource(String file, String drl, Map<String, RuleSource> sources) {
		this(file, drl, sources, Map.of());
	}

	boolean isDrl() {
		return file.endsWith(".drl");
	}

	CompiledSource withDrl(String changed) {
		return new CompiledSource(file, changed, sources, cells);
	}

	/** A filled cell of a rule row: its reference as the spreadsheet shows it ({@code C12}) and its text. */
	record CellText(String ref, String text) {
	}

}
