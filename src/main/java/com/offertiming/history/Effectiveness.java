package com.offertiming.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.offertiming.audit.DecisionTrail;
import com.offertiming.facts.OfferType;
import com.offertiming.web.Csv;
import com.offertiming.web.TimeRange;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What works (DOMAIN.md KPIs): for the decisions made in a range, per rule, moment and offer type, how often the rule
 * fired, and what became of the offers it stood behind. Every offer counts twice: once for the catalog rule that
 * proposed it (role {@code CATALOG}, {@code proposedBy.rule}) and once for the moment rule that justified it (role
 * {@code MOMENT}, {@code justifiedBy.rule}). {@code fired} is the number of decisions in the range in which the rule
 * fired; acceptance rate is accepted / presented; revenue is the sum of the prices of accepted offers, as the
 * decision quoted them.
 */
@Service
class Effectiveness {

	static final int PAGE = 500;

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Row(String role, String rule, String moment, OfferType offerType, long fired, long offered, long presented,
			long accepted, long declined, Double acceptanceRate, long revenue) {
	}

	record Report(Instant from, Instant to, List<Row> rows) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DecisionTrail trail;

	Effectiveness(JdbcClient jdbc, JsonMapper json, DecisionTrail trail) {
		this.jdbc = jdbc;
		this.json = json;
		this.trail = trail;
	}

	Report report(String fromParameter, String toParameter) {
		TimeRange range = TimeRange.parse(fromParameter, toParameter);
		long start = range.from() == null ? Long.MIN_VALUE : range.fromMillis();
		long end = range.to() == null ? Long.MAX_VALUE : range.toMillis();
		try {
			return new Report(range.from(), range.to(), rows(start, end));
		}
		catch (DataAccessException ex) {
			throw new CustomerBusy("The report cannot be read now; retry", ex);
		}
	}

	private List<Row> rows(long from, long to) {
		Map<String, Long> fired = trail.rulesFiredIn(from, to);
		Map<String, Set<String>> outcomes = new HashMap<>();
		jdbc.sql("SELECT decision_id, offer_index, outcome FROM offer_outcome WHERE decided_at >= :from "
				+ "AND decided_at < :to")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> outcomes.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new HashSet<>())
				.add(rs.getString(3)))
			.list();
		Map<List<Object>, long[]> tally = new TreeMap<>(Comparator.comparing(Object::toString));
		long lastDecidedAt = Long.MIN_VALUE;
		long lastSeq = Long.MIN_VALUE;
		while (true) {
			List<Object[]> page = jdbc.sql("SELECT seq, decision_id, decided_at, offers_json FROM decision_record "
					+ "WHERE decided_at >= :from AND decided_at < :to AND offers_json <> '[]' "
					+ "AND (decided_at > :lastAt OR (decided_at = :lastAt AND seq > :lastSeq)) "
					+ "ORDER BY decided_at, seq LIMIT :limit")
				.param("from", from)
				.param("to", to)
				.param("lastAt", lastDecidedAt)
				.param("lastSeq", lastSeq)
				.param("limit", PAGE)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4) })
				.list();
			for (Object[] decision : page) {
				for (StoredOffer offer : StoredOffer.parse(json, (String) decision[3])) {
					Set<String> reported = outcomes.getOrDefault(decision[1] + "/" + offer.index(), Set.of());
					count(tally, "CATALOG", offer.proposedBy(), offer, reported);
					count(tally, "MOMENT", offer.justifiedBy(), offer, reported);
				}
			}
			if (page.size() < PAGE) {
				break;
			}
			Object[] last = page.get(page.size() - 1);
			lastSeq = (long) last[0];
			lastDecidedAt = (long) last[2];
		}
		List<Row> rows = new ArrayList<>();
		tally.forEach((key, n) -> {
			String rule = (String) key.get(1);
			rows.add(new Row((String) key.get(0), rule, (String) key.get(2), (OfferType) key.get(3),
					fired.getOrDefault(rule, 0L), n[0], n[1], n[2], n[3], n[1] == 0 ? null : (double) n[2] / n[1],
					n[4]));
		});
		return rows;
	}

	private static void count(Map<List<Object>, long[]> tally, String role, String rule, StoredOffer offer,
			Set<String> reported) {
		if (rule == null) {
			return;
		}
		long[] n = tally.computeIfAbsent(java.util.Arrays.asList(role, rule, offer.moment(), offer.type()),
				k -> new long[5]);
		boolean accepted = reported.contains("ACCEPTED");
		n[0]++;
		n[1] += offer.presentedByDecision() || !reported.isEmpty() ? 1 : 0;
		n[2] += accepted ? 1 : 0;
		n[3] += reported.contains("DECLINED") ? 1 : 0;
		n[4] += accepted ? offer.price() : 0;
	}

	static final List<String> CSV_HEADER = List.of("role", "rule", "moment", "offerType", "fired", "offered",
			"presented", "accepted", "declined", "acceptanceRate", "revenue");

	static String csv(Report report) {
		StringBuilder csv = new StringBuilder(line(CSV_HEADER));
		for (Row row : report.rows()) {
			csv.append(line(List.of(row.role(), row.rule(), nullToEmpty(row.moment()), row.offerType().name(),
					String.valueOf(row.fired()), String.valueOf(row.offered()), String.valueOf(row.presented()),
					String.valueOf(row.accepted()), String.valueOf(row.declined()),
					row.acceptanceRate() == null ? "" : String.valueOf(row.acceptanceRate()),
					String.valueOf(row.revenue()))));
		}
		return csv.toString();
	}

	private static String line(List<String> cells) {
		return String.join(",", cells.stream().map(Csv::cell).toList()) + "\n";
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
