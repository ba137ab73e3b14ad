package com.offertiming.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a DRL text with the lines each spans, so a rule can be compiled alone or left out. Lines outside any
 * rule (package, imports, globals, functions, declarations) are the header every rule needs.
 */
final class DrlRules {

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

	/** One rule: its name, package and lines {@code first..last} (1-based, inclusive). */
	record DrlRule(String pkg, String name, int first, int last) {

		String key() {
			return DrlSource.key(pkg, name);
		}

	}

	private final String[] lines;

	private final List<DrlRule> rules = new ArrayList<>();

	DrlRules(String drl) {
		this.lines = drl.split("\n", -1);
		String pkg = "";
		for (int i = 0; i < lines.length; i++) {
			Matcher pkgMatch = PACKAGE.matcher(lines[i]);
			Matcher ruleMatch = RULE.matcher(lines[i]);
			if (pkgMatch.find()) {
				pkg = pkgMatch.group(1);
			}
			else if (ruleMatch.find()) {
				String name = ruleMatch.group(1) != null ? ruleMatch.group(1)
						: ruleMatch.group(2) != null ? ruleMatch.group(2) : ruleMatch.group(3);
				int last = i;
				while (last < lines.length - 1 && !lines[last].trim().equals("end")) {
					last++;
				}
				rules.add(new DrlRule(pkg, name, i + 1, last + 1));
				i = last;
			}
		}
	}

	List<DrlRule> rules() {
		return rules;
	}

	/** The rule written at this line, if any. */
	DrlRule at(int line) {
		DrlRule found = null;
		for (DrlRule rule : rules) {
			if (rule.first() <= line) {
				found = rule;
			}
		}
		return found;
	}

	String text(DrlRule rule) {
		return String.join("\n", List.of(lines).subList(rule.first() - 1, rule.last()));
	}

	/** The header and only the given rules; the other rules' lines are blanked so line numbers stay true. */
	String keeping(List<DrlRule> kept) {
		String[] out = lines.clone();
		for (DrlRule rule : rules) {
			if (!kept.contains(rule)) {
				for (int i = rule.first() - 1; i < rule.last(); i++) {
					out[i] = "";
				}
			}
		}
		return String.join("\n", out);
	}

	String without(DrlRule left) {
		List<DrlRule> kept = new ArrayList<>(rules);
		kept.remove(left);
		return keeping(kept);
	}

}
