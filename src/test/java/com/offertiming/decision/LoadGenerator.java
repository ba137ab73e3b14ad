package com.offertiming.decision;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * HTTP load for {@code scripts/load-test.sh}: posts the benchmark mix ({@code src/main/resources/bench/*.json}, in
 * name order, each with a fresh requestId) to a service on the loopback interface over keep-alive HTTP/1.1
 * connections, and prints one summary line. JDK only, so it runs from {@code target/test-classes} alone.
 *
 * <ul>
 * <li>{@code saturation}: closed loop, each connection sends its next request as soon as the last one is answered;
 * latency is send to answer.</li>
 * <li>{@code rate}: open loop at a fixed rate. Request {@code i} is due at {@code start + i / rate}; the connections
 * (the bounded in-flight window) take due requests in turn, and latency is measured from the due time, so a stall
 * that delays later sends counts against them too (no coordinated omission).</li>
 * </ul>
 *
 * Usage: {@code LoadGenerator --port P --mode saturation|rate [--rate 1000] [--seconds 30] [--connections 16]
 * [--label text] [--requests dir] [--trail on|off|mixed]}; {@code --trail off} posts dry runs, which decide the same
 * way and store nothing; {@code mixed} posts every other pass over the requests as dry runs, a warm-up that has the
 * JIT compile both paths before either is measured (after a warm-up of one mode only, the first run of the other was
 * measured mid-recompilation). Bounded: at most 600 s and 10 million requests per run.
 */
public final class LoadGenerator {

	private static final int MAX_SECONDS = 600;

	private static final int MAX_REQUESTS = 10_000_000;

	private final int port;

	private final List<String> bodies;

	/** The same requests as dry runs, made once rather than with a regular expression each request. */
	private final List<String> dryRunBodies;

	/** Which requests are stored: all (on), none (off: dry runs), or every other pass over the mix (mixed). */
	private enum Trail {

		ON, OFF, MIXED;

		static Trail of(String option) {
			try {
				return valueOf(option.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("--trail must be on, off or mixed: " + option, ex);
			}
		}

	}

	private final Trail trail;

	private final long[] latencies;

	/**
	 * Makes this run's requestIds its own: a requestId stored by an earlier run against the same service would be
	 * answered from the trail, not decided.
	 */
	private final String runId = Long.toString(System.currentTimeMillis(), 36);

	private final AtomicLong issued = new AtomicLong();

	private final AtomicLong recorded = new AtomicLong();

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private volatile String firstError;

	private LoadGenerator(int port, List<String> bodies, Trail trail, int capacity) {
		this.trail = trail;
		this.port = port;
		this.bodies = bodies;
		this.dryRunBodies = bodies.stream().map(body -> body.replaceFirst("\\{", "{\"dryRun\": true, ")).toList();
		this.latencies = new long[capacity];
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(option(args, "--port", null));
		String mode = option(args, "--mode", "saturation");
		double rate = Double.parseDouble(option(args, "--rate", "1000"));
		int seconds = Math.min(MAX_SECONDS, Integer.parseInt(option(args, "--seconds", "30")));
		int connections = Integer.parseInt(option(args, "--connections", "16"));
		String label = option(args, "--label", mode);
		Path folder = Path.of(option(args, "--requests", "src/main/resources/bench"));
		boolean fixedRate = switch (mode) {
			case "saturation" -> false;
			case "rate" -> true;
			default -> throw new IllegalArgumentException("--mode must be saturation or rate: " + mode);
		};
		int capacity = (int) Math.min(MAX_REQUESTS, (long) (fixedRate ? rate : 50_000) * seconds + 1);
		Trail trail = Trail.of(option(args, "--trail", "on"));
		LoadGenerator load = new LoadGenerator(port, bodies(folder), trail, capacity);
		long start = System.nanoTime() + 50_000_000L;
		long end = start + seconds * 1_000_000_000L;
		long period = fixedRate ? (long) (1_000_000_000L / rate) : 0;
		long cpuBefore = processCpuNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			Thread thread = new Thread(() -> load.run(start, end, period), "load-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long cpu = processCpuNanos() - cpuBefore;
		System.out.println(load.summary(label, (Math.max(System.nanoTime(), end) - start) / 1e9, connections, cpu));
	}

	/** This generator's own CPU time, all threads: on a shared machine it is CPU the service did not get. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** One connection: takes the next request number, waits for its due time (open loop), sends it, records. */
	private void run(long start, long end, long period) {
		Connection connection = null;
		while (true) {
			long i = issued.getAndIncrement();
			if (i >= latencies.length) {
				return;
			}
			long due = start + i * period;
			long now = System.nanoTime();
			if (period > 0) {
				while (now < due) {
					LockSupport.parkNanos(due - now);
					now = System.nanoTime();
				}
			}
			else {
				due = Math.max(now, start);
			}
			if (due >= end) {
				return;
			}
			try {
				if (connection == null) {
					connection = new Connection(port);
				}
				int status = connection.post(body(i), bytes);
				if (status != 200) {
					error("HTTP " + status);
				}
			}
			catch (IOException ex) {
				error(ex.toString());
				connection = close(connection);
			}
			int slot = (int) recorded.getAndIncrement();
			if (slot < latencies.length) {
				latencies[slot] = System.nanoTime() - due;
			}
			if (connection != null && connection.closed) {
				connection = close(connection);
			}
		}
	}

	private String body(long i) {
		// Trail off: a dry run decides exactly the same way and stores nothing. Mixed alternates whole passes over the
		// mix, so that each request goes both ways.
		boolean dryRun = switch (trail) {
			case ON -> false;
			case OFF -> true;
			case MIXED -> i / bodies.size() % 2 == 0;
		};
		String body = (dryRun ? dryRunBodies : bodies).get((int) (i % bodies.size()));
		// Many customers, as in a campaign: one customer's decisions are serialised, so 32 would be a hot spot.
		return body.replace("\"requestId\": \"bench-", "\"requestId\": \"load-" + runId + "-" + i + "-")
			.replace("\"id\": \"C-", "\"id\": \"C" + (i % 10_000) + "-");
	}

	private void error(String what) {
		if (errors.getAndIncrement() == 0) {
			firstError = what;
		}
	}

	private static Connection close(Connection connection) {
		if (connection != null) {
			try {
				connection.socket.close();
			}
			catch (IOException ignored) {
				// already broken
			}
		}
		return null;
	}

	private String summary(String label, double seconds, int connections, long cpuNanos) {
		int n = (int) Math.min(recorded.get(), latencies.length);
		long[] sorted = Arrays.copyOf(latencies, n);
		Arrays.sort(sorted);
		return String.format(Locale.ROOT,
				"%s: %.0f req/s p50=%s p99=%s p99.9=%s max=%s (n=%d, errors=%d%s, %.1f KB/answer, %d connections, %.0f s, "
						+ "generator %.0f us CPU a request)",
				label, n / seconds, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), ms(sorted, 1.0), n,
				errors.get(), firstError == null ? "" : " first: " + firstError, n == 0 ? 0 : bytes.get() / 1024.0 / n,
				connections, seconds, n == 0 ? 0 : cpuNanos / 1e3 / n);
	}

	private static String ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return "-";
		}
		double millis = sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
		return millis < 10 ? String.format(Locale.ROOT, "%.2fms", millis)
				: String.format(Locale.ROOT, "%.0fms", millis);
	}

	private static List<String> bodies(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<String> bodies = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				bodies.add(Files.readString(file));
			}
			if (bodies.isEmpty()) {
				throw new IllegalArgumentException("no *.json request in " + folder);
			}
			return bodies;
		}
	}

	private static String option(String[] args, String name, String otherwise) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		if (otherwise == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return otherwise;
	}

	/** A keep-alive HTTP/1.1 connection to 127.0.0.1 that reads whole responses (length or chunked). */
	private static final class Connection {

		private final Socket socket = new Socket();

		private final OutputStream out;

		private final InputStream in;

		private final String head;

		private final byte[] discard = new byte[16 * 1024];

		private boolean closed;

		Connection(int port) throws IOException {
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			head = "POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nX-API-Key: " + System.getenv().getOrDefault("OFFERS_APP_KEY", "")
					+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ";
		}

		int post(String body, AtomicLong received) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			out.write((head + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			String status = line();
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					closed = true;
				}
			}
			if (chunked) {
				for (long size = chunk(); size > 0; size = chunk()) {
					skip(size);
					received.addAndGet(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				skip(length);
				received.addAndGet(length);
			}
			else {
				throw new IOException("response without length");
			}
			return code;
		}

		private long chunk() throws IOException {
			String size = line();
			int semicolon = size.indexOf(';');
			return Long.parseLong(semicolon < 0 ? size.trim() : size.substring(0, semicolon).trim(), 16);
		}

		/** Reads and drops {@code count} bytes into one buffer: {@code InputStream.skip} allocates one each call. */
		private void skip(long count) throws IOException {
			for (long left = count; left > 0;) {
				int read = in.read(discard, 0, (int) Math.min(discard.length, left));
				if (read < 0) {
					throw new IOException("connection closed mid-response");
				}
				left -= read;
			}
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new IOException("connection closed");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

	}

}
