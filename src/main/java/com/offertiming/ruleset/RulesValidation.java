package com.offertiming.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.offertiming.web.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks changed rule or scenario files before anyone saves them: they are laid over a copy of the active version's
 * files and the current scenarios in a temporary folder, compiled and run through the scenarios. Nothing is activated.
 */
@Service
class RulesValidation {

	/** What a check found; {@code valid} only when the files compile and every scenario passes. */
	record Report(boolean valid, String version, List<RuleProblem> errors, ScenarioReport scenarios) {
	}

	private final ActiveRuleset active;

	private final RulesetCheck check;

	RulesValidation(ActiveRuleset active, RulesetCompiler compiler, ObjectProvider<ScenarioGate> gate) {
		this.active = active;
		this.check = new RulesetCheck(compiler, gate.getIfAvailable(() -> ScenarioGate.NONE));
	}

	Report validate(List<MultipartFile> uploads) {
		Map<String, MultipartFile> named = new java.util.LinkedHashMap<>();
		for (int i = 0; i < uploads.size(); i++) {
			named.put(relativeName(uploads.get(i).getOriginalFilename(), "files[" + i + "]"), uploads.get(i));
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("rules-validate-");
			write(folder, active.files().contents());
			write(folder, RuleFiles.readScenarios(existingOr(active.directory(), folder)));
			for (Map.Entry<String, MultipartFile> upload : named.entrySet()) {
				Path target = folder.resolve(upload.getKey());
				Files.createDirectories(target.getParent());
				upload.getValue().transferTo(target);
			}
			return check(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(folder);
		}
	}

	/** The same check on a folder as it is. */
	Report check(Path folder) {
		RulesetCheck.Checked checked = check.check(RuleFiles.read(folder), RuleFiles.readScenarios(folder));
		if (checked.ruleset() != null) {
			checked.ruleset().dispose();
		}
		return new Report(checked.passed(), checked.version(), checked.problems(), checked.scenarios());
	}

	/**
	 * An upload's name as a path inside the rules folder, e.g. {@code throttles/trial.drl.xlsx}: relative, without
	 * {@code ..}, and naming a rule file or a scenario workbook.
	 */
	static String relativeName(String name, String field) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput(field, "has no file name; name it as its path in the rules folder");
		}
		String normalized = name.replace('\\', '/');
		boolean escapes = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
				|| Stream.of(normalized.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
		if (escapes) {
			throw new InvalidInput(field, "\"" + name + "\" must be a relative path inside the rules folder, "
					+ "such as throttles/trial.drl.xlsx");
		}
		if (!RuleFiles.isRuleFile(normalized) && !RuleFiles.isScenarioFile(normalized)) {
			throw new InvalidInput(field, "\"" + name + "\" is not a rule file (*.drl, *.drl.xlsx, *.drl.csv) "
					+ "or a scenario workbook (scenarios/*.xlsx)");
		}
		return normalized;
	}

	private static Path existingOr(Path folder, Path fallback) {
		return Files.isDirectory(folder) ? folder : fallback;
	}

	private static void write(Path folder, Map<String, byte[]> files) throws IOException {
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary folder is harmless.
		}
	}

}
