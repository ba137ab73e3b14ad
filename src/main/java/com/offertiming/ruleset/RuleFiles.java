package com.offertiming.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule files of a folder, read once: decision tables ({@code *.drl.xlsx}, {@code *.drl.csv}) and DRL files, keyed
 * by their path relative to the folder with forward slashes. Editor litter (lock, temporary and backup files) and the
 * analysts' scenario workbooks are not rules.
 */
public record RuleFiles(Map<String, byte[]> contents) {

	public static RuleFiles read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesetDidNotCompile(java.util.List.of(RuleProblem.inFile(folder.toString(),
					"the rules folder does not exist")));
		}
		Map<String, byte[]> contents = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (isRuleFile(relative)) {
					contents.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RuleFiles(contents);
	}

	public static boolean isRuleFile(String relativePath) {
		String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
		boolean litter = name.startsWith("~$") || name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp")
				|| name.endsWith(".bak");
		boolean rules = name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.csv");
		return rules && !litter && !relativePath.startsWith("scenarios/");
	}

	/** The content hash of all files: the ruleset's version. */
	public String version() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			contents.forEach((path, bytes) -> {
				digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(sha256(bytes));
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
