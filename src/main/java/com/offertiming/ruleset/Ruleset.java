package com.offertiming.ruleset;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of the rule files: an immutable KieBase and the source of each of its rules. Open one session
 * per decision and dispose it.
 * <p>
 * A ruleset is reference counted so that a reload can retire it while decisions still run on it: whoever built it
 * holds it until {@link #dispose()}, each decision holds a {@link Lease}, and the engine is released when the last
 * holder lets go.
 * <p>
 * Sessions are reused: most of a fresh session's cost is laying out its network memory, which a reset keeps. A session
 * goes back to the pool only after a decision that ended normally, and is reset as a new one would be (see
 * {@link #closeSession}); one that failed or was halted is disposed.
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

	private final RuleLimits limits;

	private static final int IDLE_SESSIONS = 16;

	/** Idle sessions, reset and ready; bounded so a burst of concurrent decisions does not keep all its sessions. */
	private final BlockingQueue<KieSession> idle = new ArrayBlockingQueue<>(IDLE_SESSIONS);

	/** The builder's hold plus one per open lease; zero means released for good. */
	private final AtomicInteger holders = new AtomicInteger(1);

	Ruleset(String version, List<String> files, KieContainer container, Map<String, RuleSource> sources,
			Instant builtAt, RuleLimits limits) {
		this.version = version;
		this.files = List.copyOf(files);
		this.container = container;
		this.sources = Map.copyOf(sources);
		this.builtAt = builtAt;
		this.kieBase = container.getKieBase(); // built now, as part of compiling, not by the first decision
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			kiePackage.getRules().forEach(rule -> sourceByRule.put(rule, lookUp(rule)));
		}
		this.limits = limits;
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

	/** How many firings and how much time one decision on this version may take. */
	public RuleLimits limits() {
		return limits;
	}

	/** A session for one decision: an idle one when there is one, else a new one. Give it back with closeSession. */
	public KieSession openSession() {
		KieSession session = idle.poll();
		return session != null ? session : kieBase.newKieSession();
	}

	/**
	 * Takes a session back after a decision. A session whose decision {@code completed} is reset for the next one;
	 * any other (failed, halted, over a limit) is disposed, as is every session once this ruleset is released.
	 */
	public void closeSession(KieSession session, boolean completed) {
		if (!completed || isReleased()) {
			session.dispose();
			return;
		}
		StatefulKnowledgeSessionImpl reusable = (StatefulKnowledgeSessionImpl) session;
		try {
			// reset() drops facts, matches, focus and listeners. It also stamps each activation group with the old
			// fact recency and then restarts recency at zero, so the next decision's matches would never join their
			// group and every row of an ACTIVATION-GROUP table would fire: start the groups afresh, as a new session
			// has them.
			reusable.reset();
			reusable.getAgenda().getActivationGroupsMap().clear();
		}
		catch (RuntimeException ex) {
			// A session that cannot be reset is not reused; the decision it served is complete all the same.
			session.dispose();
			return;
		}
		if (!idle.offer(session)) {
			session.dispose();
		}
		if (isReleased()) {
			disposeIdleSessions();
		}
	}

	private void disposeIdleSessions() {
		for (KieSession session = idle.poll(); session != null; session = idle.poll()) {
			session.dispose();
		}
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

	/** A hold on this ruleset for one decision, or null when it was already released. */
	Lease tryLease() {
		for (int n = holders.get(); n > 0; n = holders.get()) {
			if (holders.compareAndSet(n, n + 1)) {
				return new Lease(this);
			}
		}
		return null;
	}

	/**
	 * Gives up the builder's hold. The engine's resources are released now, or when the last open lease is closed, so
	 * decisions already running on this version finish on it.
	 */
	public void dispose() {
		release();
	}

	boolean isReleased() {
		return holders.get() == 0;
	}

	/**
	 * The built module stays in the KIE repository, which keeps a bounded number of versions per artifact and evicts
	 * the oldest: removing it here could pull it from under a concurrent build of the same version (a validation of
	 * unchanged files, a rollback) between its build and its lookup.
	 */
	private void release() {
		if (holders.decrementAndGet() == 0) {
			disposeIdleSessions();
			container.dispose();
		}
	}

	/** Keeps a ruleset alive for the length of one decision; close it when the decision is done. */
	public static final class Lease implements AutoCloseable {

		private final Ruleset ruleset;

		private boolean closed;

		private Lease(Ruleset ruleset) {
			this.ruleset = ruleset;
		}

		public Ruleset ruleset() {
			return ruleset;
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				ruleset.release();
			}
		}

	}

}
