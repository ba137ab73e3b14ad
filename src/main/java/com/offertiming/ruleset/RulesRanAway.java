package com.offertiming.ruleset;

/**
 * A decision stopped because its rules did not come to rest within the {@link RuleLimits}: almost always a rule that
 * re-triggers itself (a {@code modify}/{@code update} of a fact it matches, or an insert that matches it again). Names
 * the rule that fired most, and where it is written, so an analyst can fix it.
 */
public final class RulesRanAway extends RuntimeException {

	private final String rule;

	private final RuleSource source;

	private final int ruleFirings;

	private final String lastRule;

	private final String limit;

	public RulesRanAway(String rule, RuleSource source, int ruleFirings, int totalFirings, String lastRule,
			String limit) {
		super("Rule \"" + rule + "\"" + where(source) + " fired " + ruleFirings + " of " + totalFirings
				+ " firings before the decision was stopped at " + limit
				+ "; a rule that modifies, updates or inserts a fact it matches again loops (last rule fired: \""
				+ lastRule + "\")");
		this.rule = rule;
		this.source = source;
		this.ruleFirings = ruleFirings;
		this.lastRule = lastRule;
		this.limit = limit;
	}

	public String rule() {
		return rule;
	}

	public RuleSource source() {
		return source;
	}

	public int ruleFirings() {
		return ruleFirings;
	}

	public String lastRule() {
		return lastRule;
	}

	public String limit() {
		return limit;
	}

	private static String where(RuleSource source) {
		if (source == null || source.file() == null) {
			return "";
		}
		if (source.line() != null) {
			return " (" + source.file() + " line " + source.line() + ")";
		}
		if (source.sheet() != null) {
			return " (" + source.file() + ", sheet " + source.sheet() + ", row " + source.row() + ")";
		}
		return " (" + source.file() + ")";
	}

}
