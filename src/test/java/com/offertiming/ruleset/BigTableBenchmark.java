package com.offertiming.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Measures how long a big decision table takes to build, not a test: generates a table of N rows (default 1,000),
 * builds it with the executable model, then builds it again from the cache, as a restart with unchanged rules does.
 * Run twice with the same cache folder to see a restart in a fresh JVM load from the cache:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.offertiming.ruleset.BigTableBenchmark -Dexec.args="1000 target/bench-cache"}
 */
public final class BigTableBenchmark {

	private BigTableBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		LoggingSystem logging = LoggingSystem.get(BigTableBenchmark.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		logging.setLogLevel(RulesetCompiler.class.getName(), LogLevel.INFO);
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path cache = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("bench-cache-");
		// The workbook is written once and reused: POI stamps each write with the time, which changes the version.
		Path workbook = cache.resolveSibling("bench-" + rows + "-rows.drl.xlsx");
		if (!Files.exists(workbook)) {
			List<String[]> table = new ArrayList<>();
			for (int i = 0; i < rows; i++) {
				table.add(new String[] { "Row" + i, "Product " + i + " is offered its add-on", "CHECKOUT", "P-" + i,
						"ADDON-" + i });
			}
			Files.createDirectories(cache);
			Files.write(workbook, TestWorkbooks.checkoutOffers(table));
		}
		RuleFiles files = new RuleFiles(Map.of("offers/big.drl.xlsx", Files.readAllBytes(workbook)));
		boolean cached = Files.isDirectory(cache)
				&& Files.list(cache).anyMatch(entry -> entry.getFileName().toString().startsWith(files.version()));
		System.out.printf("%d-row decision table, version %s, %d cores, cache %s%n", rows, files.version(),
				Runtime.getRuntime().availableProcessors(), cache);
		measure(cached ? "fresh JVM, loaded from the cache" : "fresh JVM, full build", files, cache);
		measure("same JVM, loaded from the cache", files, cache);
	}

	private static void measure(String what, RuleFiles files, Path cache) {
		long start = System.nanoTime();
		Ruleset ruleset = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("  %-36s %6d ms (%d rules)%n", what, millis, ruleset.ruleCount());
		ruleset.dispose();
	}

}
