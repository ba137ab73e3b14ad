import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load client for the decision service, run from source: {@code java scripts/DecisionLoad.java ...}.
 *
 * <pre>
 * load:  --url http://127.0.0.1:8080 --threads 8 --seconds 10 [--max 100000] [--dry-run] [--acked FILE]
 * check: --url http://127.0.0.1:8080 --check FILE      (GET every decision id in FILE; exit 1 if any is missing)
 * </pre>
 *
 * Load mode posts checkout decisions for distinct customers until the time or count is used up, appends the
 * decisionId of every 200 to the acked file as soon as it arrives, keeps going through connection failures (the
 * service may be down), and prints one line: {@code ok=N unavailable=N failed=N errors=N seconds=S rate=R/s}.
 */
public class DecisionLoad {

	private static final Pattern DECISION_ID = Pattern.compile("\"decisionId\"\\s*:\\s*\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "http://127.0.0.1:8080");
		if (options.containsKey("check")) {
			System.exit(check(url, Path.of(options.get("check"))));
		}
		load(url, Integer.parseInt(options.getOrDefault("threads", "8")),
				Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10"))),
				Long.parseLong(options.getOrDefault("max", "1000000")), options.containsKey("dry-run"),
				options.containsKey("acked") ? Path.of(options.get("acked")) : null);
	}

	private static void load(String url, int threads, Duration duration, long max, boolean dryRun, Path ackedFile)
			throws Exception {
		AtomicLong sent = new AtomicLong();
		AtomicLong ok = new AtomicLong();
		AtomicLong unavailable = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		PrintWriter acked = ackedFile == null ? null : new PrintWriter(Files.newBufferedWriter(ackedFile));
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < deadline && sent.incrementAndGet() <= max) {
					String id = UUID.randomUUID().toString();
					HttpRequest request = withKey(HttpRequest.newBuilder(URI.create(url + "/v1/decisions")),
							"OFFERS_APP_KEY")
						.timeout(Duration.ofSeconds(10))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("""
								{"requestId": "load-%s", "dryRun": %s, "customer": {"id": "C-%s", "nps": 9},
								 "event": {"type": "CHECKOUT", "at": "2026-11-22T10:00:00Z", "channel": "WEB",
								           "productIds": ["TV-55"]}}
								""".formatted(id, dryRun, id)))
						.build();
					try {
						HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == 200) {
							ok.incrementAndGet();
							Matcher decisionId = DECISION_ID.matcher(response.body());
							if (acked != null && decisionId.find()) {
								synchronized (acked) {
									acked.println(decisionId.group(1));
									acked.flush();
								}
							}
						}
						else if (response.statusCode() == 503) {
							unavailable.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						pause();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		if (acked != null) {
			acked.close();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("ok=%d unavailable=%d failed=%d errors=%d seconds=%.1f rate=%.0f/s%n", ok.get(),
				unavailable.get(), failed.get(), errors.get(), seconds, ok.get() / seconds);
	}

	/** GETs every id of the file; answers the exit status: 0 when every one is stored. */
	private static int check(String url, Path ids) throws Exception {
		List<String> all = Files.readAllLines(ids).stream().filter(line -> !line.isBlank()).toList();
		AtomicLong missing = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> checks = new ArrayList<>();
		for (String id : all) {
			checks.add(pool.submit(() -> {
				HttpRequest request = withKey(HttpRequest.newBuilder(URI.create(url + "/v1/decisions/" + id)),
						"OFFERS_AUDITOR_KEY")
					.timeout(Duration.ofSeconds(10))
					.build();
				HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					missing.incrementAndGet();
					System.err.println("not stored: " + id + " (" + response.statusCode() + ")");
				}
				return null;
			}));
		}
		for (Future<?> check : checks) {
			check.get();
		}
		pool.shutdown();
		System.out.printf("acked=%d stored=%d missing=%d%n", all.size(), all.size() - missing.get(), missing.get());
		return missing.get() == 0 ? 0 : 1;
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i].replaceFirst("^--", "");
			boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
			options.put(name, flag ? "true" : args[++i]);
		}
		return options;
	}

	/** The API key of the role from the environment variable, when set (the scripts read it from the keys file). */
	static HttpRequest.Builder withKey(HttpRequest.Builder request, String variable) {
		String key = System.getenv(variable);
		return key == null || key.isBlank() ? request : request.header("X-API-Key", key);
	}

}
