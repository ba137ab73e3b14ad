package com.offertiming.audit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.offertiming.decision.BenchEntries;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * What the trail's single writer pays per decision, apart from HTTP and deciding: batches of the entries the bench
 * mix makes, appended to a SQLite store set up as the service's (WAL, durable commits), one batch per invocation.
 * The printed CPU figure is the writer's alone: the thread's CPU time in {@code append}, not in making the batch
 * (whose content hashes the service computes on its request threads). JMH's score is batches per second of wall time,
 * making included. The fork has the service's production heap and collector (README, "Operations").
 *
 * <pre>./mvnw -q test-compile exec:exec@jmh -Djmh.args=TrailWriteBenchmark</pre>
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m", "-XX:+UseParallelGC" })
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class TrailWriteBenchmark {

	@State(Scope.Thread)
	public static class Store {

		/** Decisions per commit: 23 is the average the group commit made at saturation in the load test. */
		@Param({ "23" })
		int batch;

		/**
		 * Writers taking turns at the one store, as replicas sharing a database would (with {@code -p replicas=2}):
		 * each finds the other's commits since its own last one, so it stores its index marks with every commit.
		 */
		@Param({ "1" })
		int replicas;

		Path folder;

		HikariDataSource dataSource;

		List<DecisionStore> stores;

		long batches;

		List<BenchEntries.Decided> mix;

		long next;

		long appended;

		/** CPU time of this thread in {@code append} during the iteration. */
		long cpu;

		@Setup
		public void setUp() throws IOException {
			folder = Files.createTempDirectory("trail-write-bench");
			dataSource = new HikariDataSource();
			String url = "jdbc:sqlite:" + folder.resolve("trail.db")
					+ "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true";
			dataSource.setJdbcUrl(url);
			dataSource.setMaximumPoolSize(4);
			Flyway.configure().dataSource(dataSource).load().migrate();
			stores = new ArrayList<>();
			for (int i = 0; i < replicas; i++) {
				stores.add(new DecisionStore(JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource),
						new DataSourceTransactionManager(dataSource),
						new MockEnvironment().withProperty("spring.datasource.url", url)));
			}
			mix = BenchEntries.decided();
		}

		@TearDown
		public void tearDown() throws IOException {
			dataSource.close();
			FileSystemUtils.deleteRecursively(folder);
		}

		long[] ioAtStart;

		@Setup(Level.Iteration)
		public void startClocks() {
			appended = 0;
			cpu = 0;
			ioAtStart = io();
		}

		/** CPU, and bytes through read and write calls (SQLite's file I/O, WAL and checkpoints included). */
		@TearDown(Level.Iteration)
		public void readClocks() {
			long[] io = io();
			System.out.printf(Locale.ROOT, "  (%.0f us of writer CPU, %.1f KB read, %.1f KB written per decision, "
					+ "over %d decisions)%n", cpu / 1e3 / appended, (io[0] - ioAtStart[0]) / 1024.0 / appended,
					(io[1] - ioAtStart[1]) / 1024.0 / appended, appended);
		}

		/** This process's bytes read and written so far ({@code rchar}, {@code wchar}); zeros where unknown. */
		private static long[] io() {
			long[] io = new long[2];
			try {
				for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
					String[] field = line.split(":\\s*");
					if (field[0].equals("rchar")) {
						io[0] = Long.parseLong(field[1]);
					}
					else if (field[0].equals("wchar")) {
						io[1] = Long.parseLong(field[1]);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// not Linux: the CPU figure still stands
			}
			return io;
		}

		/** The next batch: the mix's entries in turn, each a new decision of one of 10,000 customers. */
		List<PreparedEntry> nextBatch() {
			List<PreparedEntry> entries = new ArrayList<>(batch);
			for (int i = 0; i < batch; i++, next++) {
				BenchEntries.Decided decided = mix.get((int) (next % mix.size()));
				DecisionEntry e = decided.entry();
				DecisionEntry fresh = new DecisionEntry(BenchEntries.decisionId(), "bench-" + next,
						"C" + (next % 10_000) + "-" + e.customerId(), e.rulesetVersion(), e.decidedAt(), e.request(),
						e.profile(), e.offers(), e.actions(), e.suppressed(), e.trace());
				entries.add(PreparedEntry.of(fresh, decided.facets()));
			}
			appended += batch;
			return entries;
		}

	}

	/** One group commit of {@code batch} decisions. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public List<DecisionRecord> append(Store store) {
		List<PreparedEntry> batch = store.nextBatch();
		DecisionStore writer = store.stores.get((int) (store.batches++ % store.replicas));
		long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		List<DecisionRecord> records = writer.append(batch, Instant.now());
		store.cpu += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
		return records;
	}

}
