package com.offertiming.audit;

import com.offertiming.TestKeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail end to end on one store; run once on SQLite and once on PostgreSQL by its subclasses. Each test makes its
 * own records (customer ids unique to the test) and leaves the chain intact for the next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "offers.rules.directory=src/test/resources/rulesets/minimal")
abstract class DecisionTrailStorageTests {

	@LocalServerPort
	private int port;

	@Autowired
	private DecisionStore store;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private NamedParameterJdbcTemplate batch;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Environment environment;

	private RestClient http;

	private String customer;

	@BeforeEach
	void client() {
		http = TestKeys.client(port);
		customer = "C-" + UUID.randomUUID();
	}

	@Test
	void aDecisionIsStoredWithEverythingItAnsweredBeforeItIsAnswered() {
		JsonNode decision = decide(customer, null, false);

		JsonNode stored = body(get("/v1/decisions/" + decision.get("decisionId").asString()));
		assertThat(stored.get("customerId").asString()).isEqualTo(customer);
		assertThat(stored.get("rulesetVersion").asString()).isEqualTo(decision.get("rulesetVersion").asString());
		assertThat(stored.get("decidedAt").asString()).isEqualTo("2026-11-22T10:00:00Z");
		assertThat(stored.get("recordedAt").asString()).isNotBlank();
		assertThat(stored.get("request").get("event").get("productIds").get(0).asString()).isEqualTo("TV-55");
		for (String part : List.of("profile", "offers", "actions", "suppressed", "trace")) {
			assertThat(stored.get(part)).as(part).isEqualTo(decision.get(part));
		}
		assertThat(stored.get("hash").asString()).hasSize(64);
		assertThat(stored.get("prevHash").asString()).hasSize(64);
	}

	@Test
	void aDryRunIsAnsweredButNotStored() {
		JsonNode decision = decide(customer, null, true);

		ResponseEntity<String> stored = get("/v1/decisions/" + decision.get("decisionId").asString());
		assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(stored.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aRepeatedRequestIdIsAnsweredWithTheStoredDecision() {
		String requestId = "req-" + UUID.randomUUID();
		JsonNode first = decide(customer, requestId, false);
		JsonNode again = decide(customer, requestId, false);

		assertThat(again).isEqualTo(first);
		assertThat(body(get("/v1/decisions?customerId=" + customer)).get("decisions")).hasSize(1);
	}

	@Test
	void concurrentRequestsWithOneRequestIdGetOneDecision() throws Exception {
		String requestId = "req-" + UUID.randomUUID();
		List<JsonNode> answers = concurrently(8, () -> decide(customer, requestId, false));

		assertThat(answers.stream().map(a -> a.get("decisionId").asString()).distinct()).hasSize(1);
		assertThat(body(get("/v1/decisions?customerId=" + customer)).get("decisions")).hasSize(1);
	}

	@Test
	void concurrentDecisionsAreAllStoredInOneUnbrokenChain() throws Exception {
		List<JsonNode> answers = concurrently(200, () -> decide(customer, null, false));

		Set<String> ids = answers.stream().map(a -> a.get("decisionId").asString()).collect(Collectors.toSet());
		assertThat(ids).hasSize(200);
		for (String id : ids) {
			assertThat(get("/v1/decisions/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aLongBatchAnswersEveryRequestIdAlreadyStoredWithItsRecordWhereverItStands() {
		// The writer looks the batch's requestIds up a fixed number at a time: ids beyond the first look-up count too.
		String run = "req-" + UUID.randomUUID() + "-";
		List<DecisionRecord> earlier = store.append(
				prepared(List.of(entryFor(run + 0), entryFor(run + 17), entryFor(run + 39))), Instant.now());
		List<DecisionEntry> batch = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			batch.add(entryFor(run + i));
		}
		batch.add(entryFor(run + 20));

		List<DecisionRecord> answers = store.append(prepared(batch), Instant.now());

		assertThat(List.of(answers.get(0).seq(), answers.get(17).seq(), answers.get(39).seq()))
			.isEqualTo(earlier.stream().map(DecisionRecord::seq).toList());
		assertThat(answers.get(40).seq()).as("repeated within the batch").isEqualTo(answers.get(20).seq());
		assertThat(answers.stream().map(DecisionRecord::seq).distinct()).hasSize(40);
		assertThat(answers.get(1).seq()).isGreaterThan(earlier.get(2).seq());
	}

	@Test
	void writersOfSeveralReplicasAppendToOneChainAndOneRequestIdIsStoredOnce() throws Exception {
		// Each call is its own transaction on its own connection, as the writers of several replicas would be.
		String shared = "req-" + UUID.randomUUID();
		List<List<DecisionRecord>> batches = concurrently(40, () -> store.append(
				prepared(List.of(entry(), entryFor(shared), entry())), Instant.now()));

		assertThat(batches.stream().map(batch -> batch.get(1).entry().decisionId()).distinct()).hasSize(1);
		assertThat(batches.stream().flatMap(List::stream).map(DecisionRecord::seq).distinct()).hasSize(81);
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void replicasAgreeOnTermNumbersAndANumberRolledBackIsNotKept() {
		// Each store remembers the numbers of its own committed terms, as each replica's store does.
		DecisionStore replica = new DecisionStore(jdbc, batch, transactions, environment);
		String first = "FirstRule" + UUID.randomUUID().toString().replace("-", "");
		String second = "SecondRule" + UUID.randomUUID().toString().replace("-", "");
		String third = "ThirdRule" + UUID.randomUUID().toString().replace("-", "");
		DecisionRecord a = store.append(firing(first, List.of(entry())), Instant.now()).get(0);
		// The new term is numbered, then the record fails its NOT NULL customer_id: all of it is rolled back.
		DecisionEntry broken = new DecisionEntry(UUID.randomUUID().toString(), null, null, "v-test", Instant.now(),
				"{}", "{}", "[]", "[]", "[]", JsonText.of("[]"));
		assertThatThrownBy(() -> store.append(firing(second, List.of(broken)), Instant.now()))
			.isInstanceOf(DataAccessException.class);
		DecisionRecord b = replica.append(firing(third, List.of(entry())), Instant.now()).get(0);
		DecisionRecord c = store.append(firing(second, List.of(entry())), Instant.now()).get(0);
		DecisionRecord d = replica.append(firing(first, List.of(entry())), Instant.now()).get(0);

		assertThat(ids("/v1/rules/" + first + "/decisions")).containsExactlyInAnyOrder(a.entry().decisionId(),
				d.entry().decisionId());
		assertThat(ids("/v1/rules/" + second + "/decisions")).containsExactly(c.entry().decisionId());
		assertThat(ids("/v1/rules/" + third + "/decisions")).containsExactly(b.entry().decisionId());
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT id) FROM trail_term WHERE name IN (:names)")
			.param("names", List.of(first, second, third)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aRuleIsFoundAndCountedInEverySpanOfTheIndexItFiredIn() {
		// 150 decisions a day apart in turn (every span they fall in reaches outside one day), then 1,100 on the middle
		// day (at least one whole span of 504 inside it), all firing one rule, in a year no other test decides in.
		String rule = "SpanRule" + UUID.randomUUID().toString().replace("-", "");
		Instant first = Instant.parse("2003-03-01T00:00:00Z");
		Instant second = first.plus(1, ChronoUnit.DAYS);
		Instant third = first.plus(2, ChronoUnit.DAYS);
		List<DecisionEntry> entries = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			entries.add(entryDecidedAt(first.plus(i % 3, ChronoUnit.DAYS)));
		}
		for (int i = 0; i < 1_100; i++) {
			entries.add(entryDecidedAt(second.plusSeconds(i)));
		}
		List<DecisionRecord> stored = store.append(firing(rule, entries), Instant.now());

		assertThat(store.rulesFiredIn(first.toEpochMilli(), third.plus(1, ChronoUnit.DAYS).toEpochMilli()))
			.containsEntry(rule, 1_250L);
		assertThat(store.rulesFiredIn(second.toEpochMilli(), third.toEpochMilli())).containsEntry(rule, 1_150L);
		assertThat(store.rulesFiredIn(third.toEpochMilli(), third.plus(1, ChronoUnit.DAYS).toEpochMilli()))
			.containsEntry(rule, 50L);
		assertThat(store.rulesFiredIn(third.plus(1, ChronoUnit.DAYS).toEpochMilli(), Long.MAX_VALUE))
			.doesNotContainKey(rule);
		List<String> onThirdDay = stored.stream()
			.filter(record -> record.entry().decidedAt().equals(third))
			.map(record -> record.entry().decisionId())
			.toList();
		assertThat(ids("/v1/rules/" + rule + "/decisions?size=200&from=" + third + "&to=2003-03-03"))
			.containsExactlyInAnyOrderElementsOf(onThirdDay)
			.hasSize(50);
	}

	@Test
	void theIndexIsStoredWhenTheChainEntersANewSpanOrWhenASearchNeedsIt() {
		String rule = newRule("TailRule");
		// A write brings this replica's tail up to the head (another replica's writes in earlier tests included).
		store.append(prepared(List.of(entry())), Instant.now());
		store.indexTail();
		if (store.chainHead().headSeq() % TermSpans.SIZE == TermSpans.SIZE - 1) {
			store.append(prepared(List.of(entry())), Instant.now());
		}
		long indexed = store.chainHead().headSeq();
		DecisionRecord held = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		int toSpanEnd = (int) (TermSpans.SIZE - 1 - held.seq() % TermSpans.SIZE);
		store.append(prepared(entries(toSpanEnd)), Instant.now());

		assertThat(marked(rule)).isEmpty();
		assertThat(store.chainHead().indexedThrough()).isEqualTo(indexed);
		DecisionRecord next = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		assertThat(next.seq() % TermSpans.SIZE).isZero();
		assertThat(marked(rule)).containsExactly(held.seq(), next.seq());
		assertThat(store.chainHead().indexedThrough()).isEqualTo(next.seq());

		DecisionRecord last = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		assertThat(marked(rule)).containsExactly(held.seq(), next.seq());
		assertThat(ids("/v1/rules/" + rule + "/decisions")).containsExactly(last.entry().decisionId(),
				next.entry().decisionId(), held.entry().decisionId());
		assertThat(marked(rule)).containsExactly(held.seq(), next.seq(), last.seq());
	}

	@Test
	void replicasWritingInTurnStoreTheIndexWithEveryCommit() {
		String rule = newRule("TurnRule");
		DecisionStore replica = new DecisionStore(jdbc, batch, transactions, environment);
		store.append(prepared(List.of(entry())), Instant.now());
		DecisionRecord a = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		DecisionRecord b = replica.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		assertThat(marked(rule)).containsExactly(a.seq(), b.seq());

		DecisionRecord c = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		assertThat(marked(rule)).containsExactly(a.seq(), b.seq(), c.seq());
		assertThat(store.chainHead().indexedThrough()).isEqualTo(c.seq());
	}

	@Test
	void aRestartedReplicaReadsTheDecisionsItHeldInMemoryBackFromTheStore() {
		String rule = newRule("RestartRule");
		DecisionRecord held = store.append(firing(rule, List.of(entry())), Instant.now()).get(0);
		// A new store knows nothing of the tail, as the same replica after a restart.
		DecisionStore restarted = new DecisionStore(jdbc, batch, transactions, environment);
		List<DecisionRecord> after = restarted.append(firing(rule, entries(TermSpans.SIZE)), Instant.now());

		List<Long> all = new ArrayList<>(List.of(held.seq()));
		after.forEach(record -> all.add(record.seq()));
		assertThat(marked(rule)).containsExactlyElementsOf(all);
	}

	@Test
	void aDamagedRecordInTheTailIsIndexedByWhatCanBeReadAndStopsNothing() {
		String rule = newRule("DamagedRule");
		List<DecisionRecord> held = store.append(firing(rule, List.of(entry(), entry())), Instant.now());
		jdbc.sql("UPDATE decision_record SET suppressed_json = 'not json' WHERE seq = :seq")
			.param("seq", held.get(0).seq()).update();
		try {
			withUnreadableTrace(held.get(1), () -> {
				DecisionStore restarted = new DecisionStore(jdbc, batch, transactions, environment);
				DecisionRecord next = restarted.append(firing(rule, entries(TermSpans.SIZE)), Instant.now()).get(0);

				assertThat(marked(rule)).contains(held.get(0).seq(), next.seq()).doesNotContain(held.get(1).seq());
			});
		}
		finally {
			jdbc.sql("UPDATE decision_record SET suppressed_json = :suppressed WHERE seq = :seq")
				.param("suppressed", held.get(0).entry().suppressed()).param("seq", held.get(0).seq()).update();
		}
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void decisionsAreFoundByCustomerRuleOfferTypeAndTime() {
		String checkout = decide(customer, null, false).get("decisionId").asString();
		String view = decide(customer, null, false, "PRODUCT_VIEWED", "2026-11-23T10:00:00Z")
			.get("decisionId").asString();

		assertThat(ids("/v1/decisions?customerId=" + customer)).containsExactly(view, checkout);
		assertThat(ids("/v1/decisions?customerId=" + customer + "&rule=CheckoutIsOfferedACable"))
			.containsExactly(checkout);
		assertThat(ids("/v1/decisions?customerId=" + customer + "&offerType=CROSS_SELL")).containsExactly(checkout);
		assertThat(ids("/v1/decisions?customerId=" + customer + "&offerType=UPSELL")).isEmpty();
		assertThat(ids("/v1/decisions?customerId=" + customer + "&reason=OFFER_LIMIT")).isEmpty();
		assertThat(ids("/v1/decisions?customerId=" + customer + "&from=2026-11-23")).containsExactly(view);
		assertThat(ids("/v1/decisions?customerId=" + customer + "&to=2026-11-22")).containsExactly(checkout);
		assertThat(ids("/v1/decisions?customerId=" + customer + "&from=2026-11-22T10:00:00Z&to=2026-11-22T10:00:01Z"))
			.containsExactly(checkout);
		JsonNode first = body(get("/v1/decisions?customerId=" + customer + "&size=1"));
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(ids("/v1/decisions?customerId=" + customer + "&size=1&page=1")).containsExactly(checkout);
	}

	@Test
	void theDecisionsWhereARuleFiredAreListed() {
		String checkout = decide(customer, null, false).get("decisionId").asString();

		JsonNode page = body(get("/v1/rules/CheckoutIsOfferedACable/decisions?from=2026-11-22&to=2026-11-22&size=200"));
		assertThat(page.get("decisions").valueStream().map(d -> d.get("decisionId").asString())).contains(checkout);
		assertThat(body(get("/v1/rules/NoSuchRule/decisions")).get("decisions")).isEmpty();
	}

	@Test
	void aBadSearchParameterIsNamed() {
		for (String[] bad : new String[][] { { "from", "yesterday" }, { "to", "2026-13-01" }, { "offerType", "GIFT" },
				{ "reason", "MOOD" }, { "size", "0" }, { "size", "1000" }, { "page", "-1" }, { "page", "x" } }) {
			ResponseEntity<String> answer = get("/v1/decisions?" + bad[0] + "=" + bad[1]);
			assertThat(answer.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(answer).get("errors").get(0).get("field").asString()).isEqualTo(bad[0]);
		}
		assertThat(body(get("/v1/decisions/export?format=xml")).get("errors").get(0).get("field").asString())
			.isEqualTo("format");
		assertThat(body(get("/v1/audit/verify?from=2026-11-23&to=2026-11-22")).get("errors").get(0).get("field")
			.asString()).isEqualTo("to");
	}

	@Test
	void anUnknownDecisionIsAProblem() {
		ResponseEntity<String> answer = get("/v1/decisions/no-such-decision");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(answer).get("detail").asString()).contains("no-such-decision");
	}

	@Test
	void aHundredThousandRecordsAreExportedAsAStream() throws Exception {
		// Decided in 2001, a year no other test uses, so the export range holds exactly these.
		Instant year2001 = Instant.parse("2001-01-01T00:00:00Z");
		for (int batch = 0; batch < 100; batch++) {
			List<DecisionEntry> entries = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				entries.add(new DecisionEntry(UUID.randomUUID().toString(), null, i == 0 ? "=cmd|' /C calc'!A0" : customer,
						"v-export", year2001.plusSeconds(batch * 1000L + i), "{\"customer\":{\"id\":\"x\"}}", "{}",
						"[]", "[]", "[]", JsonText.of("[]")));
			}
			store.append(prepared(entries), Instant.now());
		}

		assertThat(exportLines("csv")).isEqualTo(100_001);
		assertThat(exportLines("jsonl")).isEqualTo(100_000);
		String firstRows = http.get().uri("/v1/decisions/export?format=csv&from=2001-01-01&to=2001-01-01T00:00:01Z")
			.retrieve().body(String.class);
		assertThat(firstRows).contains(",'=cmd|' /C calc'!A0,").doesNotContain(",=cmd");
	}

	@Test
	void anExportGoesOnPastARecordWhoseStoredTraceIsDamagedAndSaysSoThere() {
		Instant at = Instant.parse("2002-03-04T05:06:07Z");
		List<DecisionEntry> entries = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			entries.add(new DecisionEntry(UUID.randomUUID().toString(), null, customer, "v-export", at.plusSeconds(i),
					"{}", "{}", "[]", "[]", "[]", JsonText.of("[{\"rule\":\"Rule" + i + "\"}]")));
		}
		List<DecisionRecord> three = store.append(prepared(entries), Instant.now());
		String range = "&from=2002-03-04&to=2002-03-04";
		withUnreadableTrace(three.get(1), () -> {
			List<JsonNode> lines = http.get().uri("/v1/decisions/export?format=jsonl" + range).retrieve()
				.body(String.class).lines().map(json::readTree)
				.filter(line -> line.get("customerId").asString().equals(customer)).toList();
			assertThat(lines).extracting(line -> line.get("seq").asLong())
				.containsExactly(three.stream().map(DecisionRecord::seq).toArray(Long[]::new));
			assertThat(lines.get(0).get("trace").get(0).get("rule").asString()).isEqualTo("Rule0");
			assertThat(lines.get(1).has("trace")).isFalse();
			assertThat(lines.get(1).get("traceUnreadable").asString()).contains("damaged", "/v1/audit/verify");
			assertThat(lines.get(2).get("trace").get(0).get("rule").asString()).isEqualTo("Rule2");
			assertThat(lines.get(2).has("traceUnreadable")).isFalse();

			List<String> rows = http.get().uri("/v1/decisions/export?format=csv" + range).retrieve()
				.body(String.class).lines().filter(row -> row.contains(customer)).toList();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1)).contains(",UNREADABLE: the store's copy of the trace was edited or damaged");
			assertThat(rows.get(2)).contains("Rule2");
		});
	}

	@Test
	void verifyNamesAnEditedRecord() {
		List<DecisionRecord> three = threeDecisions();
		DecisionRecord middle = three.get(1);
		withOffersEdited(middle, () -> {
			JsonNode report = body(get("/v1/audit/verify"));
			assertThat(report.get("valid").asBoolean()).isFalse();
			assertThat(report.get("firstMismatch").get("decisionId").asString())
				.isEqualTo(middle.entry().decisionId());
			assertThat(report.get("firstMismatch").get("problem").asString()).isEqualTo("EDITED");
		});
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aTraceIsStoredCompressedAndReadBackAsItWasAnswered() {
		JsonNode decision = decide(customer, null, false);
		String id = decision.get("decisionId").asString();
		DecisionRecord record = store.byDecisionId(id).orElseThrow();

		assertThat(jdbc.sql("SELECT trace_json FROM decision_record WHERE decision_id = :id").param("id", id)
			.query(String.class).single()).isEmpty();
		byte[] compressed = jdbc.sql("SELECT trace_lz4 FROM decision_record WHERE decision_id = :id").param("id", id)
			.query((rs, row) -> rs.getBytes(1)).single();
		assertThat(compressed.length).isLessThan(record.entry().trace().utf8().length);
		assertThat(json.readTree(record.entry().trace().toString())).isEqualTo(decision.get("trace"));
		assertThat(body(get("/v1/decisions/" + id)).get("trace")).isEqualTo(decision.get("trace"));
	}

	@Test
	void aTraceStoredBeforeCompressionIsStillReadAndVerified() {
		DecisionRecord record = threeDecisions().get(1);
		String id = record.entry().decisionId();
		jdbc.sql("UPDATE decision_record SET trace_json = :trace, trace_lz4 = NULL WHERE seq = :seq")
			.param("trace", record.entry().trace().toString()).param("seq", record.seq()).update();

		assertThat(store.byDecisionId(id).orElseThrow()).isEqualTo(record);
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aStoredTraceThatCannotBeDecompressedIsNamedNotAnsweredAsAnotherTrace() {
		List<DecisionRecord> three = threeDecisions();
		DecisionRecord middle = three.get(1);
		String id = middle.entry().decisionId();
		withUnreadableTrace(middle, () -> {
			ResponseEntity<String> read = get("/v1/decisions/" + id);
			assertThat(read.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(read).get("detail").asString()).contains(id, "edited or damaged");
			// A search page shows no trace, so it neither reads nor fails on one.
			assertThat(ids("/v1/decisions?customerId=" + customer)).containsExactlyInAnyOrderElementsOf(
					three.stream().map(record -> record.entry().decisionId()).toList());
			JsonNode report = body(get("/v1/audit/verify"));
			assertThat(report.get("valid").asBoolean()).isFalse();
			assertThat(report.get("firstMismatch").get("seq").asLong()).isEqualTo(middle.seq());
			assertThat(report.get("firstMismatch").get("decisionId").asString()).isEqualTo(id);
			assertThat(report.get("firstMismatch").get("problem").asString()).isEqualTo("EDITED");
			assertThat(report.get("firstMismatch").get("detail").asString()).contains("cannot be decompressed");
		});
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aRetryOfADecisionWhoseStoredTraceIsDamagedIsAProblemNamingItAndTheNextDecisionIsStored() {
		// That the rest of the retry's batch is stored is GroupCommitWriterTests' to check: here the batch is one.
		String requestId = "req-" + UUID.randomUUID();
		DecisionRecord stored = store.byDecisionId(decide(customer, requestId, false).get("decisionId").asString())
			.orElseThrow();
		withUnreadableTrace(stored, () -> {
			ResponseEntity<String> retry = post(customer, requestId, false, "CHECKOUT", "2026-11-22T10:00:00Z");
			assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(retry.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(retry).get("detail").asString()).contains(stored.entry().decisionId());
			String other = decide(customer, null, false).get("decisionId").asString();
			assertThat(store.byDecisionId(other)).isPresent();
		});
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void anEditBeforeAnUnreadableTraceInTheSamePageIsNamedFirst() {
		List<DecisionRecord> three = threeDecisions();
		DecisionRecord first = three.get(0);
		DecisionRecord last = three.get(2);
		withOffersEdited(first, () -> withUnreadableTrace(last, () -> {
			JsonNode mismatch = body(get("/v1/audit/verify")).get("firstMismatch");
			assertThat(mismatch.get("seq").asLong()).isEqualTo(first.seq());
			assertThat(mismatch.get("detail").asString()).contains("does not match its hash");
		}));
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aDeletedRecordJustBeforeAnUnreadableTraceIsNamedFirst() {
		List<DecisionRecord> three = threeDecisions();
		DecisionRecord middle = three.get(1);
		DecisionRecord last = three.get(2);
		jdbc.sql("DELETE FROM decision_record WHERE seq = :seq").param("seq", middle.seq()).update();
		try {
			withUnreadableTrace(last, () -> {
				JsonNode mismatch = body(get("/v1/audit/verify")).get("firstMismatch");
				assertThat(mismatch.get("seq").asLong()).isEqualTo(middle.seq());
				assertThat(mismatch.get("problem").asString()).isEqualTo("DELETED");
			});
		}
		finally {
			restore(middle);
		}
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void verifyNamesADeletedRecord() {
		List<DecisionRecord> three = threeDecisions();
		DecisionRecord middle = three.get(1);
		jdbc.sql("DELETE FROM decision_record WHERE seq = :seq").param("seq", middle.seq()).update();
		try {
			JsonNode report = body(get("/v1/audit/verify"));
			assertThat(report.get("valid").asBoolean()).isFalse();
			assertThat(report.get("firstMismatch").get("seq").asLong()).isEqualTo(middle.seq());
			assertThat(report.get("firstMismatch").get("problem").asString()).isEqualTo("DELETED");
			assertThat(report.get("firstMismatch").get("detail").asString())
				.contains(three.get(2).entry().decisionId());
		}
		finally {
			restore(middle);
		}
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	@Test
	void verifyNamesADeletedLastRecord() {
		DecisionRecord last = threeDecisions().get(2);
		jdbc.sql("DELETE FROM decision_record WHERE seq = :seq").param("seq", last.seq()).update();
		try {
			JsonNode report = body(get("/v1/audit/verify"));
			assertThat(report.get("valid").asBoolean()).isFalse();
			assertThat(report.get("firstMismatch").get("seq").asLong()).isEqualTo(last.seq());
		}
		finally {
			restore(last);
		}
	}

	@Test
	void verifyChecksATimeRangeOfTheChain() {
		Instant before = Instant.now().minusSeconds(1);
		threeDecisions();

		JsonNode report = body(get("/v1/audit/verify?from=" + before));
		assertThat(report.get("valid").asBoolean()).isTrue();
		assertThat(report.get("checked").asLong()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void retentionPurgesOldRecordsAndTheChainStaysVerifiable() {
		store.purgeRecordedBefore(Instant.now().plus(1, ChronoUnit.DAYS));
		Instant longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
		String rule = "PurgedRule" + UUID.randomUUID().toString().replace("-", "");
		List<DecisionRecord> old = store.append(firing(rule, List.of(entry(), entry(), entry())), longAgo);
		List<DecisionRecord> kept = store.append(firing(rule, List.of(entry(), entry())), Instant.now());

		JsonNode purge = body(http.post().uri("/v1/audit/purge").retrieve().toEntity(String.class));
		assertThat(purge.get("purged").asLong()).isEqualTo(3);
		assertThat(purge.get("keptFromSeq").asLong()).isEqualTo(kept.get(0).seq());
		assertThat(get("/v1/decisions/" + old.get(2).entry().decisionId()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/v1/decisions/" + kept.get(0).entry().decisionId()).getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode report = body(get("/v1/audit/verify"));
		assertThat(report.get("valid").asBoolean()).isTrue();
		assertThat(report.get("firstSeq").asLong()).isEqualTo(kept.get(0).seq());
		assertThat(report.get("purgedBefore").asString()).isNotBlank();
		// The purged decisions' index rows go with them, though the kept ones were decided at the same time.
		assertThat(marked(rule)).containsExactly(kept.get(0).seq(), kept.get(1).seq());
		assertThat(ids("/v1/rules/" + rule + "/decisions")).containsExactly(kept.get(1).entry().decisionId(),
				kept.get(0).entry().decisionId());
		assertThat(body(http.post().uri("/v1/audit/purge").retrieve().toEntity(String.class)).get("purged").asLong())
			.isZero();
		decide(customer, null, false);
		assertThat(body(get("/v1/audit/verify")).get("valid").asBoolean()).isTrue();
	}

	/** The seqs the stored index marks under the rule, in order. */
	private List<Long> marked(String rule) {
		return jdbc.sql("SELECT " + TermSpans.MARKED_SEQ + " FROM term_span s " + TermSpans.EACH_MARK
				+ " WHERE s.term_id = (SELECT id FROM trail_term WHERE kind = 'RULE' AND name = :rule) ORDER BY 1")
			.param("rule", rule).query(Long.class).list();
	}

	private static String newRule(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "");
	}

	private List<DecisionEntry> entries(int count) {
		List<DecisionEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(entry());
		}
		return entries;
	}

	private List<DecisionRecord> threeDecisions() {
		List<DecisionRecord> records = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			records.add(store.byDecisionId(decide(customer, null, false).get("decisionId").asString()).orElseThrow());
		}
		return records;
	}

	private List<PreparedEntry> prepared(List<DecisionEntry> entries) {
		return entries.stream().map(entry -> PreparedEntry.of(entry, new Facets(Set.of(), Set.of(), Set.of()))).toList();
	}

	/** The entries with a trace of the rule, as a decision's: a replica reads back the facets it did not index. */
	private List<PreparedEntry> firing(String rule, List<DecisionEntry> entries) {
		return entries.stream().map(entry -> PreparedEntry.of(firingIn(rule, entry),
				new Facets(Set.of(rule), Set.of(), Set.of()))).toList();
	}

	private static DecisionEntry firingIn(String rule, DecisionEntry entry) {
		return new DecisionEntry(entry.decisionId(), entry.requestId(), entry.customerId(), entry.rulesetVersion(),
				entry.decidedAt(), entry.request(), entry.profile(), entry.offers(), entry.actions(),
				entry.suppressed(), JsonText.of("[{\"rule\":\"" + rule + "\"}]"));
	}

	private DecisionEntry entry() {
		return entryFor(null);
	}

	private DecisionEntry entryFor(String requestId) {
		return new DecisionEntry(UUID.randomUUID().toString(), requestId, customer, "v-test", Instant.now(), "{}", "{}",
				"[]", "[]", "[]", JsonText.of("[]"));
	}

	private DecisionEntry entryDecidedAt(Instant decidedAt) {
		return new DecisionEntry(UUID.randomUUID().toString(), null, customer, "v-test", decidedAt, "{}", "{}", "[]",
				"[]", "[]", JsonText.of("[]"));
	}

	/** Runs the check while the record's stored offers read {@code []} (so it fails its hash), then mends them. */
	private void withOffersEdited(DecisionRecord record, Runnable check) {
		jdbc.sql("UPDATE decision_record SET offers_json = '[]' WHERE seq = :seq").param("seq", record.seq()).update();
		try {
			check.run();
		}
		finally {
			jdbc.sql("UPDATE decision_record SET offers_json = :offers WHERE seq = :seq")
				.param("offers", record.entry().offers()).param("seq", record.seq()).update();
		}
	}

	/** Runs the check while the record's stored trace is cut short (so LZ4 cannot read it), then mends it. */
	private void withUnreadableTrace(DecisionRecord record, Runnable check) {
		byte[] compressed = TraceCompression.compress(record.entry().trace());
		storeTrace(record.seq(), Arrays.copyOf(compressed, compressed.length - 7));
		try {
			check.run();
		}
		finally {
			storeTrace(record.seq(), compressed);
		}
	}

	private void storeTrace(long seq, byte[] compressed) {
		jdbc.sql("UPDATE decision_record SET trace_lz4 = :trace WHERE seq = :seq").param("trace", compressed)
			.param("seq", seq).update();
	}

	private void restore(DecisionRecord record) {
		DecisionEntry e = record.entry();
		jdbc.sql("INSERT INTO decision_record (seq, decision_id, request_id, customer_id, ruleset_version, decided_at, "
				+ "recorded_at, request_json, profile_json, offers_json, actions_json, suppressed_json, trace_json, "
				+ "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(record.seq(), e.decisionId(), e.requestId(), e.customerId(), e.rulesetVersion(),
					e.decidedAt().toEpochMilli(), record.recordedAt().toEpochMilli(), e.request(), e.profile(),
					e.offers(), e.actions(), e.suppressed(), e.trace().toString(), record.prevHash(), record.hash())
			.update();
	}

	private long exportLines(String format) throws Exception {
		return http.get().uri("/v1/decisions/export?format=" + format + "&from=2001-01-01&to=2001-12-31")
			.exchange((request, response) -> {
				assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
				// Streamed: the length is not known before the body is written.
				assertThat(response.getHeaders().getContentLength()).isEqualTo(-1);
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
					long count = 0;
					while (lines.readLine() != null) {
						count++;
					}
					return count;
				}
			});
	}

	private List<String> ids(String path) {
		return body(get(path)).get("decisions").valueStream().map(d -> d.get("decisionId").asString()).toList();
	}

	private JsonNode decide(String customerId, String requestId, boolean dryRun) {
		return decide(customerId, requestId, dryRun, "CHECKOUT", "2026-11-22T10:00:00Z");
	}

	private JsonNode decide(String customerId, String requestId, boolean dryRun, String event, String at) {
		ResponseEntity<String> answer = post(customerId, requestId, dryRun, event, at);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	private ResponseEntity<String> post(String customerId, String requestId, boolean dryRun, String event,
			String at) {
		String body = """
				{"requestId": %s, "dryRun": %s, "customer": {"id": "%s"},
				 "event": {"type": "%s", "at": "%s", "channel": "WEB", "productIds": ["TV-55"]}}
				""".formatted(requestId == null ? "null" : "\"" + requestId + "\"", dryRun, customerId, event, at);
		return http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private ResponseEntity<String> get(String path) {
		return http.get().uri(path).retrieve().onStatus(status -> true, (request, response) -> {
		}).toEntity(String.class);
	}

	private JsonNode body(ResponseEntity<String> answer) {
		return json.readTree(answer.getBody());
	}

	private static <T> List<T> concurrently(int count, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
