package com.offertiming.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of the rule files: an immutable KieBase and the source of each of its rules. Open one session
 * per decision and dispose it.
 */
public final class Ruleset {

	private final String version;

	private final List<String> files;

	private final KieContainer container;

	private final Map<String, RuleSource> sources;

	private final Instant builtAt;

	Ruleset(String version, List<String> files, KieContainer container, Map<String, RuleSource> sources,
			Instant builtAt) {
		this.version = version;
		this.files = List.copyOf(files);
		this.container = container;
		this.sources = Map.copyOf(sources);
		this.builtAt = builtAt;
	}

	public String version() {
		return version;
	}

	public List<String> files() {
		return files;
	}

	public int ruleCount() {
		return sources.size();
	}

	public Instant builtAt() {
		return builtAt;
	}

	public KieSession newSession() {
		return container.getKieBase().newKieSession();
	}

	/** Where the rule is written; every rule of this ruleset has one. */
	public RuleSource sourceOf(Rule rule) {
		RuleSource source = sources.get(DrlSource.key(rule.getPackageName(), rule.getName()));
		return source != null ? source : new RuleSource(null, null, null, null, null);
	}

	public Map<String, RuleSource> sources() {
		return sources;
	}

	/** Releases the engine's resources; sessions already open keep working until they are disposed. */
	public void dispose() {
		container.dispose();
		KieServices.get().getRepository().removeKieModule(container.getReleaseId());
	}

}
