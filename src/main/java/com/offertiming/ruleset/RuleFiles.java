package com.offertiming.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rule files of a folder, read once: decision tables ({@code *.drl.xlsx}, {@code *.drl.csv}) and DRL files, keyed
 * by their path relative to the folder with forward slashes. Editor litter (lock, temporary and backup files, hidden
 * files and folders) and the analysts' scenario workbooks are not rules.
 */
public record RuleFiles(Map<String, byte[]> contents) {

	static final String SCENARIOS = "scenarios/";

	public static RuleFiles read(Path folder) {
		return new RuleFiles(readMatching(folder, RuleFiles::isRuleFile));
	}

	/** The analysts' scenario workbooks ({@code scenarios/*.xlsx}), keyed like rule files; empty when none. */
	public static Map<String, byte[]> readScenarios(Path folder) {
		return readMatching(folder, RuleFiles::isScenarioFile);
	}

	public static boolean isRuleFile(String relativePath) {
		String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		boolean rules = name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.csv");
		return rules && !isLitter(relativePath) && !relativePath.startsWith(SCENARIOS);
	}

	public static boolean isScenarioFile(String relativePath) {
		return relativePath.startsWith(SCENARIOS) && relativePath.toLowerCase(Locale.ROOT).endsWith(".xlsx")
				&& !isLitter(relativePath);
	}

	/**
	 * Files editors leave beside the real ones: Excel's {@code ~$name.xlsx} owner files, LibreOffice's
	 * {@code .~lock.name#}, Emacs' {@code #name#}, vim swap files, backups, partial downloads and anything under a
	 * hidden folder (such as {@code .git/}).
	 */
	static boolean isLitter(String relativePath) {
		for (String segment : relativePath.split("/")) {
			if (segment.startsWith(".") || segment.startsWith("~")) {
				return true;
			}
		}
		String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return name.startsWith("#") || name.endsWith("#") || name.endsWith("~") || name.endsWith(".tmp")
				|| name.endsWith(".temp") || name.endsWith(".bak") || name.endsWith(".backup")
				|| name.endsWith(".swp") || name.endsWith(".orig") || name.endsWith(".part")
				|| name.endsWith(".crdownload");
	}

	/** The content hash of all files: the ruleset's version. */
	public String version() {
		return hash(contents);
	}

	/** A hash of everything a reload reads, rules and scenarios: it changes when any of them does. */
	static String fingerprint(Path folder) {
		if (!Files.isDirectory(folder)) {
			return "no folder";
		}
		return hash(readMatching(folder, path -> isRuleFile(path) || isScenarioFile(path)));
	}

	static String hash(Map<String, byte[]> files) {
		MessageDigest digest = sha256();
		new TreeMap<>(files).forEach((path, bytes) -> {
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(sha256().digest(bytes));
		});
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	private static Map<String, byte[]> readMatching(Path folder, Predicate<String> wanted) {
		if (!Files.isDirectory(folder)) {
			throw new RulesetDidNotCompile(List.of(RuleProblem.inFile(folder.toString(),
					"the rules folder does not exist")));
		}
		Map<String, byte[]> contents = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (wanted.test(relative)) {
					if (Files.size(path) > WorkbookLimits.MAX_FILE_BYTES) {
						throw new RulesetDidNotCompile(List.of(RuleProblem.inFile(relative, "is larger than "
								+ WorkbookLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB; a rule file is never that big")));
					}
					contents.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return contents;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
