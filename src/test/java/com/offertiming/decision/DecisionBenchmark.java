package com.offertiming.decision;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.offertiming.audit.BenchPreparation;
import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-process speed of a decision on the shipped rules, trace on, over the request mix in
 * {@code src/main/resources/bench/}: the service's own path (facts, evaluate, assemble), then the same plus the JSON
 * response, and the compile time of the rules folder (what a reload costs). One thread: figures are per core. The
 * fork has the heap and collector the service runs with in production (README, "Operations"), not the JVM's default
 * (G1 on this machine).
 *
 * <pre>./mvnw -q test-compile exec:exec@jmh</pre>
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m", "-XX:+UseParallelGC" })
@Threads(1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

	/** The shipped rules and the request mix, parsed once; each invocation decides the next request in turn. */
	@State(Scope.Thread)
	public static class Mix {

		Ruleset ruleset;

		List<DecisionRequest> requests;

		JsonMapper mapper;

		int next;

		long decided;

		long cpuAtStart;

		@Setup
		public void setUp() {
			ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(ShippedRules.FOLDER));
			mapper = JsonMapper.builder().build();
			requests = BenchRequests.requests(mapper);
		}

		@TearDown
		public void tearDown() {
			ruleset.dispose();
		}

		/**
		 * Decisions per second of this thread's CPU time: the per-core figure even while other processes share the
		 * cores (JMH's own score is per second of wall time).
		 */
		@Setup(Level.Iteration)
		public void startCpuClock() {
			decided = 0;
			cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		}

		@TearDown(Level.Iteration)
		public void readCpuClock() {
			long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
			System.out.printf(Locale.ROOT, "  (%.0f decisions per CPU-second, load average %s)%n", decided * 1e9 / cpu,
					loadAverage());
		}

		DecisionRequest next() {
			decided++;
			DecisionRequest request = requests.get(next);
			next = (next + 1) % requests.size();
			return request;
		}

	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).substring(0, 14);
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** What {@code DecisionService.decide} does once the request is parsed, short of storing it. */
	static DecisionResponse decide(Ruleset ruleset, DecisionRequest request) {
		return DecisionEngine.decide(ruleset, request, request.event().at().toInstant());
	}

	/** Decisions per second on one thread (one core). */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public DecisionResponse decide(Mix mix) {
		return decide(mix.ruleset, mix.next());
	}

	/** The same, with the response written as JSON (as the controller answers). */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public byte[] decideAndWriteJson(Mix mix) {
		return mix.mapper.writeValueAsBytes(decide(mix.ruleset, mix.next()));
	}

	/**
	 * What a stored decision costs its request thread: the decision, its answer and trail entry written, the entry's
	 * hash and compressed trace. Against {@link #decideAndWriteJson}, a dry run's, the difference is what the trail
	 * adds there; the trail's writer is {@code TrailWriteBenchmark}'s.
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Object decideAndPrepareEntry(Mix mix) {
		DecisionRequest request = mix.next();
		RenderedDecision rendered = RenderedDecision.of(mix.mapper, request, decide(mix.ruleset, request));
		return new Object[] { rendered.answer(), BenchPreparation.prepared(rendered.entry(), rendered.facets()) };
	}

	/** The latency distribution of a decision (p50, p99, ...). */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	public DecisionResponse decideLatency(Mix mix) {
		return decide(mix.ruleset, mix.next());
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	public byte[] decideAndWriteJsonLatency(Mix mix) {
		return mix.mapper.writeValueAsBytes(decide(mix.ruleset, mix.next()));
	}

	/** A reload's cost: compile the rules folder from its files. Each shot is one compile. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public Ruleset compileShippedRules(Compile compile) {
		compile.ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(ShippedRules.FOLDER));
		return compile.ruleset;
	}

	@State(Scope.Thread)
	public static class Compile {

		Ruleset ruleset;

		@TearDown(Level.Iteration)
		public void dispose() {
			if (ruleset != null) {
				ruleset.dispose();
			}
		}

	}

}
