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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored history of a customer, as the throttles see it: every offer of a stored decision that counts as
 * presented, in its latest state (PRESENTED, IGNORED, ACCEPTED or DECLINED), dated when it reached that state. An
 * offer made through an outbound channel is presented by the decision itself; an inbound one once an outcome is
 * reported. Read in one query over two indexes: the decisions and the outcomes within the lookback before the
 * decision's time (none after it).
 */
@Service
public class ContactHistory {

	private static final String QUERY = """
			SELECT 0 AS src, decision_id, decided_at AS at, offers_json, -1 AS offer_index, NULL AS outcome,
			       NULL AS product_id, NULL AS offer_type, NULL AS offer_channel
			FROM decision_record
			WHERE customer_id = :customer AND decided_at >= :from AND decided_at <= :at AND offers_json <> '[]'
			UNION ALL
			SELECT 1 AS src, decision_id, outcome_at AS at, NULL AS offers_json, offer_index, outcome,
			       product_id, offer_type, offer_channel
			FROM offer_outcome
			WHERE customer_id = :customer AND outcome_at >= :from AND outcome_at <= :at
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final HistoryProperties properties;

	ContactHistory(JdbcClient jdbc, JsonMapper json, HistoryProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
	}

	/** The customer's stored contacts from the lookback before {@code at} up to {@code at}, oldest offer first. */
	public List<PastContact> storedFor(String customerId, Instant at) {
		Map<String, OfferTrack> offers = new LinkedHashMap<>();
		try {
			jdbc.sql(QUERY)
				.param("customer", customerId)
				.param("from", at.minus(properties.lookback()).toEpochMilli())
				.param("at", at.toEpochMilli())
				.query((ResultSet rs) -> read(rs, offers));
		}
		catch (DataAccessException ex) {
			throw new CustomerBusy("The customer's history cannot be read; retry", ex);
		}
		List<PastContact> contacts = new ArrayList<>();
		offers.values().forEach(track -> track.contact().ifPresent(contacts::add));
		return contacts;
	}

	private void read(ResultSet rs, Map<String, OfferTrack> offers) throws SQLException {
		String decisionId = rs.getString("decision_id");
		Instant at = Instant.ofEpochMilli(rs.getLong("at"));
		if (rs.getInt("src") == 0) {
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
