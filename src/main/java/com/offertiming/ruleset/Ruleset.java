package com.offertiming.ruleset;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of the rule files: an immutable KieBase and the source of each of its rules. Open one session
 * per decision and dispose it.
 * <p>
 * Sessions are not pooled: a Drools 10.2 session reset for reuse ({@code KieContainer.newKieSessionsPool}) was
 * measured 30 % faster but lets every row of an ACTIVATION-GROUP table fire (the cpm table then fired two rows), so a
 * pooled decision would not be the decision a fresh session makes.
 */
public final class Ruleset {

	private final String version;

	private final List<String> files;

	private final KieContainer container;

	private final Map<String, RuleSource> sources;

	/** By the engine's rule objects: asked at every firing, so no key to build and no hash to compute. Read only. */
	private final Map<Rule, RuleSource> sourceByRule = new IdentityHashMap<>();

	private final KieBase kieBase;

	private final Instant builtAt;

	Ruleset(String version, List<String> files, KieContainer container, Map<String, RuleSource> sources,
			Instant builtAt) {
		this.version = version;
		this.files = List.copyOf(files);
		this.container = container;
		this.sources = Map.copyOf(sources);
		this.builtAt = builtAt;
		this.kieBase = container.getKieBase(); // built now, as part of compiling, not by the first decision
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			kiePackage.getRules().forEach(rule -> sourceByRule.put(rule, lookUp(rule)));
		}
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
		return kieBase.newKieSession();
	}

	/** Where the rule is written; every rule of this ruleset has one. */
	public RuleSource sourceOf(Rule rule) {
		RuleSource source = sourceByRule.get(rule);
		return source != null ? source : lookUp(rule);
	}

	private RuleSource lookUp(Rule rule) {
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
