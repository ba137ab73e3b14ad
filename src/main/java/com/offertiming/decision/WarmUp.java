package com.offertiming.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides the sample requests shipped in the jar ({@code bench/*.json}, the benchmarks' mix: every moment, gate and
 * throttle) for a while at start, on one thread, before the service reports ready ({@code /actuator/health/readiness}
 * answers 503 until then; Spring Boot runs this between "Started" and ready). Why: on two cores, a cold service put
 * under full load at once stayed at a tenth of its speed for minutes, its request threads crowding the JIT's compiler
 * threads off the cores while they ran the rules' thousands of methods interpreted; under a light load the same
 * methods are compiled in seconds (docs/performance-log.md, twenty-sixth session). Nothing is stored and no lock is
 * taken; a request that arrives meanwhile is answered as usual.
 */
@Component
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private final DecisionService decisions;

	private final JsonMapper json;

	private final Duration duration;

	private volatile boolean stopping;

	WarmUp(DecisionService decisions, JsonMapper json, WarmUpProperties settings) {
		this.decisions = decisions;
		this.json = json;
		this.duration = settings.duration();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (duration.isZero()) {
			return;
		}
		long start = System.nanoTime();
		try {
			int decided = rehearseUntil(start + duration.toNanos());
			log.info("{}: {} sample decisions in {} ms, nothing stored",
					stopping ? "The warm-up ended, the service is stopping" : "Warmed up", decided,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (stopping) {
				log.info("The warm-up ended, the service is stopping");
			}
			else {
				// A warm-up is an optimisation: the service starts without it (the rules may reject a sample request).
				log.warn("The warm-up stopped: {}", ex.toString());
			}
		}
	}

	/** A stop during the warm-up ends it at once, rather than when the store it reads has closed. */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}

	/**
	 * Decides the sample requests, pass after pass, until the deadline ({@link System#nanoTime()}): each once at least,
	 * unless the service is stopping.
	 */
	int rehearseUntil(long deadline) {
		List<byte[]> requests = sampleRequests();
		int decided = 0;
		do {
			for (byte[] body : requests) {
				if (stopping) {
					return decided;
				}
				decisions.rehearse(json.readValue(body, DecisionRequest.class));
				decided++;
			}
		}
		while (System.nanoTime() < deadline);
		return decided;
	}

	private static List<byte[]> sampleRequests() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:bench/*.json");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			return Arrays.stream(files).map(WarmUp::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
