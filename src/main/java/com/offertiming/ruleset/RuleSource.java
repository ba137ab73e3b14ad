package com.offertiming.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a rule is written: file, sheet and row of a decision table (1-based, as the spreadsheet shows them), or file
 * and line of a DRL file. {@code description} is the rule's plain-words description.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSource(String file, String sheet, Integer row, Integer line, String description) {

	static RuleSource tableRow(String file, String sheet, int row, String description) {
		return new RuleSource(file, sheet, row, null, description);
	}

	static RuleSource drlLine(String file, int line, String description) {
		return new RuleSource(file, null, null, line, description);
	}

}
