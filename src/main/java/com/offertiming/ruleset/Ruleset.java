package com.offertiming.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of the rule files: an immutable KieBase and the source of each of its rules. Open one session
 * per decision and dispose it.
 * <p>
 * Sessions come from a pool: creating one costs more than a small decision (the engine lays out its network memory
 * on first use), so {@code dispose()} hands a session back to the pool, which resets it fully (facts, agenda and
 * focus, listeners, globals) before the next decision takes it. The pool grows to the number of concurrent decisions.
 */
public final class Ruleset {

	private final String version;

	private final List<String> files;

	private final KieContainer container;

	private final Map<String, RuleSource> sources;

	private final Map<Rule, RuleSource> sourceByRule = new ConcurrentHashMap<>();

	private final KieContainerSessionsPool sessions;

	private final Instant builtAt;

	Ruleset(String version, List<String> files, KieContainer container, Map<String, RuleSource> sources,
			Instant builtAt) {
		this.version = version;
		this.files = List.copyOf(files);
		this.container = container;
		this.sources = Map.copyOf(sources);
		this.builtAt = builtAt;
		container.getKieBase(); // built now, as part of compiling, rather than by the first decision
		this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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

	/** A clean session; {@code dispose()} returns it to the pool, reset. */
	public KieSession newSession() {
		return sessions.newKieSession();
	}

	/** Where the rule is written; every rule of this ruleset has one. Remembered per rule: it is asked at every firing. */
	public RuleSource sourceOf(Rule rule) {
		RuleSource known = sourceByRule.get(rule);
		return known != null ? known : sourceByRule.computeIfAbsent(rule, r -> {
			RuleSource source = sources.get(DrlSource.key(r.getPackageName(), r.getName()));
			return source != null ? source : new RuleSource(null, null, null, null, null);
		});
	}

	public Map<String, RuleSource> sources() {
		return sources;
	}

	/**
	 * Releases the engine's resources; sessions already open keep working until they are disposed. The pool is not shut
	 * down (that would dispose sessions still deciding): its idle sessions go with this ruleset.
	 */
	public void dispose() {
		container.dispose();
		KieServices.get().getRepository().removeKieModule(container.getReleaseId());
	}

}
