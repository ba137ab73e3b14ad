package com.offertiming.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The names the trail is searched by (rules that fired, offer types made, reasons for suppression), each stored once
 * in {@code trail_term} under a number that the index rows ({@link TermSpans}) refer to. Numbers are given out
 * inside the writer's transaction, under the chain lock, so replicas that share a store agree on them. This replica
 * remembers a number only once its transaction committed: a rolled-back number may go to another name.
 */
final class TrailTerms {

	enum Kind {

		RULE, OFFER_TYPE, REASON

	}

	record Term(Kind kind, String name) {
	}

	private final Map<Term, Long> committed = new ConcurrentHashMap<>();

	/**
	 * The number of each term, inside the caller's transaction, which must hold the chain lock: a term this replica
	 * has not seen committed is looked up, and stored under the next number if it is new. The numbers are remembered
	 * once that transaction commits.
	 */
	Map<Term, Long> numbersOf(Collection<Term> terms, JdbcClient jdbc) {
		Map<Term, Long> numbers = new HashMap<>();
		Map<Term, Long> stored = null;
		for (Term term : terms) {
			Long number = committed.get(term);
			if (number == null) {
				if (stored == null) {
					stored = stored(jdbc);
				}
				number = stored.get(term);
			}
			if (number == null) {
				number = stored.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
				jdbc.sql("INSERT INTO trail_term (id, kind, name) VALUES (:id, :kind, :name)")
					.param("id", number)
					.param("kind", term.kind().name())
					.param("name", term.name())
					.update();
				stored.put(term, number);
			}
			numbers.put(term, number);
		}
		if (stored != null) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.putAll(numbers);
				}
			});
		}
		return numbers;
	}

	private static Map<Term, Long> stored(JdbcClient jdbc) {
		Map<Term, Long> stored = new HashMap<>();
		jdbc.sql("SELECT id, kind, name FROM trail_term")
			.query((RowCallbackHandler) rs -> stored.put(new Term(Kind.valueOf(rs.getString("kind")),
					rs.getString("name")), rs.getLong("id")));
		return stored;
	}

}
