package com.offertiming.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files have errors; nothing was activated. */
public class RulesetDidNotCompile extends RuntimeException {

	private final List<RuleProblem> problems;

	public RulesetDidNotCompile(List<RuleProblem> problems) {
		super("The rules did not compile:\n" + problems.stream().map(RuleProblem::toString)
			.collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
