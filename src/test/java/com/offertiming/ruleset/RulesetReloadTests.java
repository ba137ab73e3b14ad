package com.offertiming.ruleset;

import com.offertiming.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a rules folder that changes while it runs: each test starts from the base ruleset (a TV-55 at
 * checkout is offered a TV-STAND) and changes the folder the way an analyst's save would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesetReloadTests {

	private static final Path RULES = temporaryFolder();

	private static final String TABLE = "offers/checkout.drl.xlsx";

	private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

	/**
	 * The build shares two cores with four clients that never pause, so it may take several times as long; how fast
	 * a reload is gets measured by scripts/big-table-reload.sh, not here.
	 */
	private static final Duration LIVE_UNDER_LOAD_WITHIN = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("offers.rules.directory", RULES::toString);
		registry.add("offers.rules.cache-directory", () -> RULES.resolveSibling(RULES.getFileName() + "-cache"));
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:target/reload-" + UUID.randomUUID() + ".db");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	private RestClient http;

	@BeforeEach
	void startFromTheBaseRuleset() throws IOException {
		http = TestKeys.client(port);
		try (var files = Files.walk(RULES)) {
			files.filter(Files::isRegularFile).filter(file -> !file.endsWith(TABLE)).forEach(RulesetReloadTests::delete);
		}
		String base = writeTable("TV-STAND");
		await(() -> base.equals(status().path("version").asString()), LIVE_WITHIN);
	}

	@Test
	void aSavedWorkbookGoesLiveWithinSecondsWithoutARestart() {
		long saved = System.nanoTime();
		String changed = writeTable("HDMI-CABLE");

		await(() -> changed.equals(status().path("version").asString()), LIVE_WITHIN);

		assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThan(LIVE_WITHIN);
		JsonNode decision = decide();
		assertThat(decision.path("rulesetVersion").asString()).isEqualTo(changed);
		assertThat(decision.at("/offers/0/productId").asString()).isEqualTo("HDMI-CABLE");
		assertThat(status().path("activatedBy").asString()).isEqualTo("FOLDER_CHANGE");
		assertThat(status().at("/lastAttempt/outcome").asString()).isEqualTo("ACTIVATED");
	}

	@Test
	void aCorruptWorkbookKeepsTheOldVersionAndNamesTheFile() {
		String active = status().path("version").asString();
		write("gates/corrupt.drl.xlsx", "PK\u0003\u0004 half a workbook".getBytes());

		JsonNode attempt = awaitRejection();

		assertThat(status().path("version").asString()).isEqualTo(active);
		assertThat(attempt.at("/errors/0/file").asString()).isEqualTo("gates/corrupt.drl.xlsx");
		assertThat(attempt.at("/errors/0/message").asString()).contains("cannot be read as a decision table");
	}

	@Test
	void aWrongCellKeepsTheOldVersionAndNamesTheSheetAndCell() {
		String active = status().path("version").asString();
		write("offers/typo.drl.xlsx", TestWorkbooks.checkoutOffers(List.<String[]>of(
				new String[] { "CameraGetsACase", "a typo in the event", "CHEKOUT", "CAMERA", "CAMERA-CASE" })));

		JsonNode attempt = awaitRejection();

		assertThat(status().path("version").asString()).isEqualTo(active);
		assertThat(attempt.at("/errors/0/file").asString()).isEqualTo("offers/typo.drl.xlsx");
		assertThat(attempt.at("/errors/0/sheet").asString()).isEqualTo(TestWorkbooks.SHEET);
		assertThat(attempt.at("/errors/0/cell").asString()).isEqualTo("C" + TestWorkbooks.FIRST_RULE_ROW);
	}

	@Test
	void aDrlSyntaxErrorKeepsTheOldVersionAndNamesTheLine() {
		String active = status().path("version").asString();
		write("arbitration/broken.drl", "package fixture;\n\nrule \"Unclosed\"\nwhen\n  Event(\nthen\nend\n".getBytes());

		JsonNode attempt = awaitRejection();

		assertThat(status().path("version").asString()).isEqualTo(active);
		assertThat(attempt.at("/errors/0/file").asString()).isEqualTo("arbitration/broken.drl");
		assertThat(attempt.at("/errors/0/line").asInt()).isEqualTo(7);
		assertThat(decide().path("rulesetVersion").asString()).isEqualTo(active);
	}

	@Test
	void editorLitterChangesNothing() throws InterruptedException {
		JsonNode before = status();
		write("offers/~$checkout.drl.xlsx", "owner".getBytes());
		write("offers/.~lock.checkout.drl.xlsx#", "lock".getBytes());
		write("offers/checkout.drl.xlsx.bak", "backup".getBytes());
		write("offers/checkout.drl~", "backup".getBytes());

		Thread.sleep(1500); // three polls: long enough for the debounce to have loaded a change

		assertThat(status()).isEqualTo(before);
	}

	@Test
	void aChangeThatFailsAScenarioIsNotActivatedAndTheScenariosShowWhy() {
		String active = status().path("version").asString();
		aScenarioExpectsATvBuyerToBeOfferedAStand();

		writeTable("HDMI-CABLE");
		JsonNode attempt = awaitRejection();

		assertThat(status().path("version").asString()).isEqualTo(active);
		assertThat(attempt.at("/errors/0/file").asString()).isEqualTo("scenarios/checkout.xlsx");
		assertThat(attempt.at("/errors/0/row").asInt()).isEqualTo(2);
		assertThat(attempt.at("/errors/0/message").asString()).contains("HDMI-CABLE");
		JsonNode scenarios = get("/v1/ruleset/scenarios");
		assertThat(scenarios.at("/scenarios/results/0/passed").asBoolean()).isTrue();
		assertThat(scenarios.at("/scenarios/results/0/actual").asString()).isEqualTo("offer CROSS_SELL TV-STAND");
	}

	@Test
	void aSavedRuleThatLoopsFailsTheScenariosAndNeverGoesLive() throws IOException {
		String active = status().path("version").asString();
		aScenarioExpectsATvBuyerToBeOfferedAStand();

		write("profile/loop.drl", Files.readAllBytes(Path.of("src/test/resources/rulesets/looping/loop.drl")));
		JsonNode attempt = awaitRejection();

		assertThat(status().path("version").asString()).isEqualTo(active);
		assertThat(attempt.at("/errors/0/file").asString()).isEqualTo("scenarios/checkout.xlsx");
		assertThat(attempt.at("/errors/0/message").asString())
			.contains("Rule \"EventKeepsBeingUpdated\" (profile/loop.drl line")
			.contains("offers.rules.max-firings");
		assertThat(decide().path("rulesetVersion").asString()).isEqualTo(active);
	}

	@Test
	void anArchivedVersionCanBeActivatedAgainAndStaysUntilTheFolderChanges() throws InterruptedException {
		String base = status().path("version").asString();
		String changed = writeTable("HDMI-CABLE");
		await(() -> changed.equals(status().path("version").asString()), LIVE_WITHIN);
		assertThat(get("/v1/ruleset/versions").findValuesAsString("version")).contains(base, changed);

		JsonNode rolledBack = post("/v1/ruleset/versions/" + base + "/activate");

		assertThat(rolledBack.path("version").asString()).isEqualTo(base);
		assertThat(rolledBack.path("activatedBy").asString()).isEqualTo("MANUAL");
		assertThat(decide().at("/offers/0/productId").asString()).isEqualTo("TV-STAND");
		Thread.sleep(1500); // the folder still holds the changed table: it must not win back by itself
		assertThat(status().path("version").asString()).isEqualTo(base);
		String again = writeTable("TRIPOD");
		await(() -> again.equals(status().path("version").asString()), LIVE_WITHIN);
	}

	@Test
	void anUnknownVersionIsNotFound() {
		var response = exchange(http.post().uri("/v1/ruleset/versions/0123456789abcdef/activate"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void validatingFilesReportsTheirErrorsAndActivatesNothing() {
		String active = status().path("version").asString();

		var broken = exchange(http.post().uri("/v1/ruleset/validate").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(files(Map.of("throttles/broken.drl", "package x;\nrule \"R\" when\n Event(\nthen\nend\n".getBytes()))));
		var clean = exchange(http.post().uri("/v1/ruleset/validate").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(files(Map.of("offers/camera.drl.xlsx", TestWorkbooks.checkoutOffers(List.<String[]>of(
					new String[] { "CameraGetsACase", "", "CHECKOUT", "CAMERA", "CAMERA-CASE" }))))));
		var escaping = exchange(http.post().uri("/v1/ruleset/validate").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(files(Map.of("../outside.drl", "package x;".getBytes()))));

		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.contentType()).isEqualTo("application/problem+json");
		assertThat(broken.body().at("/errors/0/file").asString()).isEqualTo("throttles/broken.drl");
		assertThat(clean.status()).isEqualTo(200);
		assertThat(clean.body().path("valid").asBoolean()).isTrue();
		assertThat(escaping.status()).isEqualTo(400);
		assertThat(escaping.body().at("/errors/0/field").asString()).isEqualTo("files[0]");
		assertThat(status().path("version").asString()).isEqualTo(active);
	}

	@Test
	void decisionsUnderLoadEachRunOnOneWholeVersionWhileTheFolderChanges() throws Exception {
		Map<String, String> offeredBy = new ConcurrentHashMap<>();
		offeredBy.put(status().path("version").asString(), "TV-STAND");
		AtomicBoolean deciding = new AtomicBoolean(true);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> workers = java.util.stream.IntStream.range(0, 4)
				.mapToObj(i -> threads.submit(() -> {
					int decisions = 0;
					while (deciding.get()) {
						JsonNode decision = decide();
						seen.add(decision.path("rulesetVersion").asString() + " "
								+ decision.at("/offers/0/productId").asString());
						decisions++;
					}
					return decisions;
				}))
				.toList();
			for (String product : List.of("HDMI-CABLE", "TRIPOD", "TV-STAND")) {
				String version = writeTable(product);
				offeredBy.put(version, product);
				await(() -> version.equals(status().path("version").asString()), LIVE_UNDER_LOAD_WITHIN);
			}
			deciding.set(false);
			int total = 0;
			for (Future<Integer> worker : workers) {
				total += worker.get(30, TimeUnit.SECONDS);
			}
			assertThat(total).isPositive();
		}
		finally {
			deciding.set(false);
			threads.shutdownNow();
		}
		assertThat(seen).allSatisfy(versionAndOffer -> {
			String[] parts = versionAndOffer.split(" ");
			assertThat(offeredBy).containsEntry(parts[0], parts[1]);
		});
		assertThat(seen).hasSizeGreaterThan(1);
	}

	/** Saves a scenario the active rules pass, and waits until it has run. */
	private void aScenarioExpectsATvBuyerToBeOfferedAStand() {
		write("scenarios/checkout.xlsx", TestWorkbooks.scenarios(
				new String[] { "Scenario", "Event", "Event products", "Channel", "Expected offer" },
				List.<String[]>of(new String[] { "A TV buyer is offered a stand", "CHECKOUT", "TV-55", "WEB",
						"CROSS_SELL TV-STAND" })));
		await(() -> status().at("/scenarios/passed").asInt() == 1, LIVE_WITHIN);
	}

	private JsonNode decide() {
		return json.readTree(http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON).body("""
				{"customer": {"id": "C-1"},
				 "event": {"type": "CHECKOUT", "at": "2026-11-22T10:00:00Z", "channel": "WEB", "productIds": ["TV-55"]}}
				""").retrieve().body(String.class));
	}

	private JsonNode status() {
		return get("/v1/ruleset");
	}

	private JsonNode get(String path) {
		return json.readTree(http.get().uri(path).retrieve().body(String.class));
	}

	private JsonNode post(String path) {
		return json.readTree(http.post().uri(path).retrieve().body(String.class));
	}

	/** Waits for the folder as it is now to have been tried and rejected; returns that attempt. */
	private JsonNode awaitRejection() {
		String version = RuleFiles.read(RULES).version();
		await(() -> {
			JsonNode attempt = status().path("lastAttempt");
			return version.equals(attempt.path("version").asString())
					&& attempt.path("outcome").asString().equals("REJECTED");
		}, LIVE_WITHIN.multipliedBy(2));
		return status().path("lastAttempt");
	}

	private record Response(int status, String contentType, JsonNode body) {
	}

	private Response exchange(RestClient.RequestBodySpec request) {
		return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
				String.valueOf(res.getHeaders().getContentType()), json.readTree(res.getBody().readAllBytes())));
	}

	private static MultiValueMap<String, Object> files(Map<String, byte[]> files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		files.forEach((name, bytes) -> body.add("files", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}));
		return body;
	}

	private static String writeTable(String offered) {
		write(TABLE, TestWorkbooks.checkoutOffers(List.<String[]>of(
				new String[] { "TvGetsAnAddOn", "A TV buyer is offered an add-on", "CHECKOUT", "TV-55", offered })));
		return RuleFiles.read(RULES).version();
	}

	/** Writes as editors do: a temporary file beside the target, then a rename, so no half file is ever read. */
	private static void write(String name, byte[] content) {
		try {
			Path target = RULES.resolve(name);
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling(target.getFileName() + ".tmp");
			Files.write(partial, content);
			Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.delete(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void await(BooleanSupplier condition, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", within).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("rules-reload-");
			Files.createDirectories(folder.resolve("offers"));
			Files.write(folder.resolve(TABLE), TestWorkbooks.checkoutOffers(List.<String[]>of(new String[] {
					"TvGetsAnAddOn", "A TV buyer is offered an add-on", "CHECKOUT", "TV-55", "TV-STAND" })));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
