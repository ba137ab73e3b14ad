package com.offertiming.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Measures how long a big decision table takes to build, not a test. Generates a table of N rows (default 1,000) and,
 * in a fresh JVM, goes the way the service does: starts on the shipped rules (from the cache when it holds them),
 * builds the rules folder with the table added (what an analyst's save costs), then loads that version from the cache
 * (what a restart with unchanged rules costs; the first run builds and stores it). With {@code cold} as third
 * argument it builds the table alone as the very first thing in the JVM instead, the worst case:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.offertiming.ruleset.BigTableBenchmark -Dexec.args="1000 target/bench-cache"}. With
 * {@code write N FILE [EDIT]} it only writes the table, for {@code scripts/big-table-reload.sh}, which saves it into
 * the rules folder of a running service; EDIT changes one row's product, a second save that differs from the first.
 */
public final class BigTableBenchmark {

	private BigTableBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		LoggingSystem logging = LoggingSystem.get(BigTableBenchmark.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		if (args.length > 2 && args[0].equals("write")) {
			int edit = args.length > 3 ? Integer.parseInt(args[3]) : 0;
			Files.write(Path.of(args[2]), table(Integer.parseInt(args[1]), edit));
			return;
		}
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path cache = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("bench-cache-");
		boolean cold = args.length > 2 && args[2].equals("cold");
		byte[] table = workbook(rows, cache);
		System.out.printf("%d-row decision table, %d cores, cache %s%n", rows,
				Runtime.getRuntime().availableProcessors(), cache);
		RulesetCompiler cached = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache));
		RulesetCompiler uncached = new RulesetCompiler(Clock.systemUTC());
		if (cold) {
			measure("fresh JVM, the table alone, built", uncached,
					new RuleFiles(Map.of("offers/big.drl.xlsx", table)));
			return;
		}
		RuleFiles shipped = RuleFiles.read(Path.of("rules"));
		Map<String, byte[]> withTable = new TreeMap<>(shipped.contents());
		withTable.put("offers/big.drl.xlsx", table);
		measure("start on the shipped rules", cached, shipped);
		measure("reload: shipped rules and the table, built", uncached, new RuleFiles(withTable));
		measure("restart: the same, from the cache", cached, new RuleFiles(withTable));
	}

	/** The workbook is written once and reused: POI stamps each write with the time, which changes the version. */
	private static byte[] workbook(int rows, Path cache) throws IOException {
		Path workbook = cache.resolveSibling("bench-" + rows + "-rows.drl.xlsx");
		if (!Files.exists(workbook)) {
			Files.createDirectories(cache);
			Files.write(workbook, table(rows, 0));
		}
		return Files.readAllBytes(workbook);
	}

	/** One CHECKOUT rule a row; {@code edit} other than 0 gives the first row another add-on. */
	private static byte[] table(int rows, int edit) {
		List<String[]> table = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String addOn = i == 0 && edit != 0 ? "ADDON-0-EDIT-" + edit : "ADDON-" + i;
			table.add(new String[] { "Row" + i, "Product " + i + " is offered its add-on", "CHECKOUT", "P-" + i,
					addOn });
		}
		return TestWorkbooks.checkoutOffers(table);
	}

	private static void measure(String what, RulesetCompiler compiler, RuleFiles files) {
		long start = System.nanoTime();
		Ruleset ruleset = compiler.compile(files);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("  %-44s %6d ms (%d rules)%n", what, millis, ruleset.ruleCount());
		ruleset.dispose();
	}

}
