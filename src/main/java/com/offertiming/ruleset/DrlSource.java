package com.offertiming.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a DRL file: its package, and the line and description (the comment above it) of each rule. */
final class DrlSource {

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

	private DrlSource() {
	}

	static CompiledSource read(String file, byte[] bytes) {
		String drl = new String(bytes, StandardCharsets.UTF_8);
		return new CompiledSource(file, drl, index(file, drl, (name, line, description) -> RuleSource.drlLine(file,
				line, description)));
	}

	interface SourceFactory {

		RuleSource create(String ruleName, int line, String description);

	}

	/** Finds each rule of a DRL text; the factory says where it is written. */
	static Map<String, RuleSource> index(String file, String drl, SourceFactory factory) {
		Map<String, RuleSource> sources = new LinkedHashMap<>();
		String pkg = "";
		List<String> comment = new ArrayList<>();
		String[] lines = drl.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String text = lines[i];
			Matcher pkgMatch = PACKAGE.matcher(text);
			Matcher ruleMatch = RULE.matcher(text);
			if (pkgMatch.find()) {
				pkg = pkgMatch.group(1);
			}
			else if (ruleMatch.find()) {
				String name = firstNonNull(ruleMatch.group(1), ruleMatch.group(2), ruleMatch.group(3));
				String description = comment.isEmpty() ? null : String.join(" ", comment);
				sources.put(key(pkg, name), factory.create(name, i + 1, description));
			}
			String trimmed = text.trim();
			if (trimmed.startsWith("//")) {
				comment.add(trimmed.substring(2).trim());
			}
			else {
				comment.clear();
			}
		}
		return sources;
	}

	static String key(String pkg, String ruleName) {
		return pkg + "." + ruleName;
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
