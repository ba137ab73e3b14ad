package com.offertiming.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.kie.api.builder.Message;

/**
 * Finds where a failed build went wrong. The DRL parser reports every syntax error with its line, but the executable
 * model reports only its first error, without a line. So the failing rule is found by compiling rules alone (the
 * rule whose text holds the expression the error quotes, else by halving the file), reported with its file and line,
 * or with its sheet, row and cell for a decision table, and left out to look for the next error.
 */
final class BuildProblems {

	private static final int MAX_PROBLEMS = 10;

	private final Function<List<CompiledSource>, List<Message>> build;

	/** @param build compiles sources and returns their errors */
	BuildProblems(Function<List<CompiledSource>, List<Message>> build) {
		this.build = build;
	}

	List<RuleProblem> locate(List<CompiledSource> sources) {
		List<CompiledSource> current = new ArrayList<>(sources);
		List<RuleProblem> problems = new ArrayList<>();
		while (problems.size() < MAX_PROBLEMS) {
			List<Message> errors = build.apply(current);
			if (errors.isEmpty()) {
				break;
			}
			List<Message> positioned = errors.stream()
				.filter(error -> error.getLine() > 0 && sourceOf(error, current) != null)
				.toList();
			if (!positioned.isEmpty()) {
				positioned.forEach(error -> problems.add(atLine(error, current)));
				break;
			}
			Message error = errors.get(0);
			String text = firstLine(error);
			CompiledSource source = sourceOf(error, current);
			if (source == null) {
				source = current.stream().filter(this::failsAlone).findFirst().orElse(null);
			}
			DrlRules rules = source == null ? null : new DrlRules(source.drl());
			DrlRules.DrlRule failing = source == null ? null : failingRule(source, rules, text);
			if (failing == null) {
				problems.add(RuleProblem.inFile(source == null ? "." : source.file(), text));
				break;
			}
			problems.add(inRule(source, failing, text));
			current.set(current.indexOf(source), source.withDrl(rules.without(failing)));
		}
		if (problems.isEmpty()) {
			problems.add(RuleProblem.inFile(".", "the rules did not compile, and compiled when checked rule by rule"));
		}
		return problems;
	}

	private DrlRules.DrlRule failingRule(CompiledSource source, DrlRules rules, String text) {
		if (fails(source, rules, List.of())) {
			return null;
		}
		String quoted = text.substring(text.lastIndexOf(": ") + 2).trim();
		List<DrlRules.DrlRule> quoting = quoted.length() < 3 ? List.of()
				: rules.rules().stream().filter(rule -> rules.text(rule).contains(quoted)).toList();
		DrlRules.DrlRule found = halve(source, rules, quoting);
		return found != null ? found : halve(source, rules, rules.rules());
	}

	/** The first rule among these that fails alone, narrowing by halves; null when they compile together. */
	private DrlRules.DrlRule halve(CompiledSource source, DrlRules rules, List<DrlRules.DrlRule> among) {
		if (among.isEmpty() || !fails(source, rules, among)) {
			return null;
		}
		while (among.size() > 1) {
			List<DrlRules.DrlRule> first = among.subList(0, among.size() / 2);
			among = fails(source, rules, first) ? first : among.subList(among.size() / 2, among.size());
		}
		return fails(source, rules, among) ? among.get(0) : null;
	}

	/** For an error in code Drools generated, which names no rule file: the file that fails on its own. */
	private boolean failsAlone(CompiledSource source) {
		return !build.apply(List.of(source)).isEmpty();
	}

	private boolean fails(CompiledSource source, DrlRules rules, List<DrlRules.DrlRule> kept) {
		return !build.apply(List.of(source.withDrl(rules.keeping(kept)))).isEmpty();
	}

	private static RuleProblem inRule(CompiledSource source, DrlRules.DrlRule rule, String text) {
		if (source.isDrl()) {
			return RuleProblem.atLine(source.file(), rule.first(), "rule \"" + rule.name() + "\" does not compile: "
					+ text);
		}
		RuleSource row = source.sources().get(rule.key());
		if (row == null) {
			return RuleProblem.inFile(source.file(), "rule \"" + rule.name() + "\" does not compile: " + text);
		}
		String cell = source.cells().getOrDefault(rule.key(), List.of()).stream()
			.filter(filled -> text.contains(filled.text()))
			.max(Comparator.comparingInt(filled -> filled.text().length()))
			.map(CompiledSource.CellText::ref)
			.orElse(null);
		return new RuleProblem(source.file(), row.sheet(), cell, row.row(), null,
				"the rule of this row does not compile: " + text);
	}

	private static RuleProblem atLine(Message error, List<CompiledSource> sources) {
		String text = firstLine(error);
		CompiledSource source = sourceOf(error, sources);
		if (source == null) {
			return RuleProblem.inFile(error.getPath() == null ? "." : error.getPath(), text);
		}
		if (source.isDrl()) {
			return RuleProblem.atLine(source.file(), error.getLine(), text);
		}
		DrlRules.DrlRule rule = new DrlRules(source.drl()).at(error.getLine());
		return rule == null ? RuleProblem.inFile(source.file(), text) : inRule(source, rule, text);
	}

	private static CompiledSource sourceOf(Message error, List<CompiledSource> sources) {
		String path = error.getPath() == null ? "" : error.getPath();
		String full = path.startsWith(RulesetCompiler.RESOURCES) ? path : RulesetCompiler.RESOURCES + path;
		return sources.stream().filter(source -> RulesetCompiler.pathOf(source).equals(full)).findFirst()
			.orElse(null);
	}

	private static String firstLine(Message error) {
		return error.getText().lines().findFirst().orElse(error.getText()).trim();
	}

}
