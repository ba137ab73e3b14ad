package com.offertiming.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with the rule files, located as precisely as the file allows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleProblem(String file, String sheet, String cell, Integer row, Integer line, String message) {

	static RuleProblem inFile(String file, String message) {
		return new RuleProblem(file, null, null, null, null, message);
	}

	static RuleProblem atLine(String file, int line, String message) {
		return new RuleProblem(file, null, null, null, line > 0 ? line : null, message);
	}

	static RuleProblem atCell(String file, String sheet, String cell, String message) {
		return new RuleProblem(file, sheet, cell, null, null, message);
	}

	static RuleProblem atRow(String file, String sheet, int row, String message) {
		return new RuleProblem(file, sheet, null, row, null, message);
	}

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder(file);
		if (sheet != null) {
			where.append(", sheet ").append(sheet);
		}
		if (cell != null) {
			where.append(", cell ").append(cell);
		}
		if (row != null) {
			where.append(", row ").append(row);
		}
		if (line != null) {
			where.append(", line ").append(line);
		}
		return where + ": " + message;
	}

}
