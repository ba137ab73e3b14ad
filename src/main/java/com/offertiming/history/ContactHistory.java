package com.offertiming.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.OfferType;
import com.offertiming.store.PreparedPerConnection;
import com.offertiming.store.SqliteStore;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored history of a customer, as the throttles see it: every offer of a stored decision that counts as
 * presented, in its latest state (PRESENTED, IGNORED, ACCEPTED or DECLINED), dated when it reached that state, and
 * every FOLLOW_UP action of a decision made through an outbound channel (sent with it). An
 * offer made through an outbound channel is presented by the decision itself; an inbound one once an outcome is
 * reported. Read in one query over two indexes: the decisions and the outcomes within the lookback before the
 * decision's time (none after it). Decisions made through an inbound channel are left out in the query (all offers
 * of a decision share its channel, and the compact JSON names it as {@code "channel":"WEB"}): their offers are
 * contacts only through their outcomes, which carry the offer's product, type and channel. The decisions' condition
 * is word for word the predicate of the partial index {@code decision_record_contact} (migration V6), which holds only
 * the contacts, so the read does not slow as a customer's other decisions pile up; change both together.
 */
@Service
public class ContactHistory {

	static final String QUERY = """
			SELECT 0 AS src, decision_id, decided_at AS at, offers_json, -1 AS offer_index, NULL AS outcome,
			       NULL AS product_id, NULL AS offer_type, NULL AS offer_channel,
			       CASE WHEN actions_json LIKE '%"FOLLOW_UP"%' THEN actions_json END AS follow_ups,
			       CASE WHEN actions_json LIKE '%"FOLLOW_UP"%' THEN request_json END AS request_json
			FROM decision_record
			WHERE customer_id = :customer AND decided_at >= :from AND decided_at <= :at
			  AND ((offers_json <> '[]' AND offers_json NOT LIKE '%"channel":"WEB"%'
			        AND offers_json NOT LIKE '%"channel":"APP"%' AND offers_json NOT LIKE '%"channel":"STORE"%'
			        AND offers_json NOT LIKE '%"channel":"SALES_REP"%')
			       OR actions_json LIKE '%"FOLLOW_UP"%')
			UNION ALL
			SELECT 1 AS src, decision_id, outcome_at AS at, NULL AS offers_json, offer_index, outcome,
			       product_id, offer_type, offer_channel, NULL AS follow_ups, NULL AS request_json
			FROM offer_outcome
			WHERE customer_id = :customer AND outcome_at >= :from AND outcome_at <= :at
			""";

	private static final ParsedSql PARSED = NamedParameterUtils.parseSqlStatement(QUERY);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final HistoryProperties properties;

	private final DataSource dataSource;

	/** On SQLite, the query prepared once per connection; PostgreSQL's driver keeps prepared statements itself. */
	private final PreparedPerConnection preparedOnSqlite;

	ContactHistory(JdbcClient jdbc, JsonMapper json, HistoryProperties properties, DataSource dataSource,
			Environment environment) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.dataSource = dataSource;
		this.preparedOnSqlite = SqliteStore.configured(environment)
				? new PreparedPerConnection(NamedParameterUtils.substituteNamedParameters(PARSED, null)) : null;
	}

	/** The customer's stored contacts from the lookback before {@code at} up to {@code at}, oldest offer first. */
	public List<PastContact> storedFor(String customerId, Instant at) {
		Map<String, OfferTrack> offers = new LinkedHashMap<>();
		List<PastContact> contacts = new ArrayList<>();
		Map<String, Object> params = Map.of("customer", customerId, "from",
				at.minus(properties.lookback()).toEpochMilli(), "at", at.toEpochMilli());
		RowCallbackHandler rows = rs -> read(rs, offers, contacts);
		try {
			if (preparedOnSqlite != null) {
				preparedOnSqlite.query(dataSource,
						NamedParameterUtils.buildValueArray(PARSED, new MapSqlParameterSource(params), null), rows);
			}
			else {
				jdbc.sql(QUERY).params(params).query(rows);
			}
		}
		catch (DataAccessException | SQLException ex) {
			throw new CustomerBusy("The customer's history cannot be read; retry", ex);
		}
		offers.values().forEach(track -> track.contact().ifPresent(contacts::add));
		return contacts;
	}

	private void read(ResultSet rs, Map<String, OfferTrack> offers, List<PastContact> contacts) throws SQLException {
		String decisionId = rs.getString("decision_id");
		Instant at = Instant.ofEpochMilli(rs.getLong("at"));
		if (rs.getInt("src") == 0) {
			followUps(rs.getString("follow_ups"), rs.getString("request_json"), at, contacts);
			for (StoredOffer offer : StoredOffer.parse(json, rs.getString("offers_json"))) {
				OfferTrack track = offers.computeIfAbsent(decisionId + "/" + offer.index(), key -> new OfferTrack());
				track.describe(offer.productId(), offer.type(), offer.channel());
				if (offer.presentedByDecision()) {
					track.presentedByDecisionAt = at;
				}
			}
			return;
		}
		OfferTrack track = offers.computeIfAbsent(decisionId + "/" + rs.getInt("offer_index"),
				key -> new OfferTrack());
		String channel = rs.getString("offer_channel");
		track.describe(rs.getString("product_id"), OfferType.valueOf(rs.getString("offer_type")),
				StoredOffer.channel(channel));
		ContactOutcome outcome = ContactOutcome.valueOf(rs.getString("outcome"));
		track.outcomes.put(Stage.of(outcome), new Reported(outcome, at));
	}

	/**
	 * A FOLLOW_UP action of a decision made through an outbound channel was sent with it: it is a FOLLOW_UP contact
	 * for its product, which ends the wait of an accepted upsell for its follow-up.
	 */
	private void followUps(String actions, String request, Instant at, List<PastContact> contacts) {
		if (actions == null || request == null) {
			return;
		}
		Channel channel = StoredOffer.channel(text(json.readTree(request).path("event"), "channel"));
		if (!StoredOffer.presentedByDecision(channel)) {
			return;
		}
		for (JsonNode action : json.readTree(actions)) {
			if ("FOLLOW_UP".equals(text(action, "kind"))) {
				contacts.add(new PastContact(at, text(action, "productId"), ContactType.FOLLOW_UP, channel,
						ContactOutcome.PRESENTED));
			}
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private record Reported(ContactOutcome outcome, Instant at) {
	}

	/** What the history knows of one offer: its description, when the decision presented it, and its outcomes. */
	private static final class OfferTrack {

		private String productId;

		private OfferType type;

		private Channel channel;

		private Instant presentedByDecisionAt;

		private final Map<Stage, Reported> outcomes = new EnumMap<>(Stage.class);

		void describe(String productId, OfferType type, Channel channel) {
			this.productId = productId;
			this.type = type;
			this.channel = channel;
		}

		Optional<PastContact> contact() {
			Reported latest = null;
			for (Stage stage : Stage.values()) {
				latest = outcomes.getOrDefault(stage, latest);
			}
			if (latest != null && latest.outcome() != ContactOutcome.PRESENTED) {
				return Optional.of(contact(latest.at(), latest.outcome()));
			}
			if (presentedByDecisionAt != null) {
				return Optional.of(contact(presentedByDecisionAt, ContactOutcome.PRESENTED));
			}
			return Optional.ofNullable(latest).map(presented -> contact(presented.at(), presented.outcome()));
		}

		private PastContact contact(Instant at, ContactOutcome outcome) {
			return new PastContact(at, productId, ContactType.of(type), channel, outcome);
		}

	}

}
