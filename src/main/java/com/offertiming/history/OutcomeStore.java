package com.offertiming.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.OfferType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code offer_outcome} table, and the few columns of a stored decision the outcomes need. */
@Repository
class OutcomeStore {

	record Decision(String decisionId, String customerId, Instant decidedAt, String offers) {
	}

	record Row(String decisionId, int offerIndex, Stage stage, ContactOutcome outcome, String customerId,
			String productId, OfferType type, Channel offerChannel, Channel channel, Instant at, Instant decidedAt,
			Instant recordedAt) {
	}

	private static final String COLUMNS = "decision_id, offer_index, stage, outcome, customer_id, product_id, "
			+ "offer_type, offer_channel, channel, outcome_at, decided_at, recorded_at";

	private final JdbcClient jdbc;

	OutcomeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decision> decision(String decisionId) {
		return jdbc.sql("SELECT decision_id, customer_id, decided_at, offers_json FROM decision_record "
				+ "WHERE decision_id = :id")
			.param("id", decisionId)
			.query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
					rs.getString(4)))
			.optional();
	}

	List<Row> of(String decisionId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM offer_outcome WHERE decision_id = :id "
				+ "ORDER BY offer_index, outcome_at, stage")
			.param("id", decisionId)
			.query(OutcomeStore::row)
			.list();
	}

	void insert(Row row) {
		jdbc.sql("INSERT INTO offer_outcome (" + COLUMNS + ") VALUES (:decision, :index, :stage, :outcome, "
				+ ":customer, :product, :type, :offerChannel, :channel, :at, :decidedAt, :recordedAt)")
			.param("decision", row.decisionId())
			.param("index", row.offerIndex())
			.param("stage", row.stage().name())
			.param("outcome", row.outcome().name())
			.param("customer", row.customerId())
			.param("product", row.productId())
			.param("type", row.type().name())
			.param("offerChannel", name(row.offerChannel()))
			.param("channel", name(row.channel()))
			.param("at", row.at().toEpochMilli())
			.param("decidedAt", row.decidedAt().toEpochMilli())
			.param("recordedAt", row.recordedAt().toEpochMilli())
			.update();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("decision_id"), rs.getInt("offer_index"), Stage.valueOf(rs.getString("stage")),
				ContactOutcome.valueOf(rs.getString("outcome")), rs.getString("customer_id"),
				rs.getString("product_id"), OfferType.valueOf(rs.getString("offer_type")),
				StoredOffer.channel(rs.getString("offer_channel")), StoredOffer.channel(rs.getString("channel")),
				Instant.ofEpochMilli(rs.getLong("outcome_at")), Instant.ofEpochMilli(rs.getLong("decided_at")),
				Instant.ofEpochMilli(rs.getLong("recorded_at")));
	}

}
