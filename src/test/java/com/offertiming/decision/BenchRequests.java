package com.offertiming.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark request mix: realistic requests under {@code src/main/resources/bench/}, one file each, covering
 * every moment, gate and throttle. The JMH benchmark and the HTTP load generator both send exactly these.
 */
final class BenchRequests {

	static final Path FOLDER = Path.of("src/main/resources/bench");

	private BenchRequests() {
	}

	/** The files, sorted by name so every run sends the same sequence. */
	static List<Path> files() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<byte[]> bodies() {
		return files().stream().map(BenchRequests::read).toList();
	}

	static List<DecisionRequest> requests(JsonMapper mapper) {
		return bodies().stream().map(body -> mapper.readValue(body, DecisionRequest.class)).toList();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
