package com.offertiming.ruleset;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a folder of rule files with the executable model into a {@link Ruleset}, each version under its own
 * ReleaseId.
 */
public final class RulesetCompiler {

	private static final String RESOURCES = "src/main/resources/";

	private final Clock clock;

	public RulesetCompiler(Clock clock) {
		this.clock = clock;
	}

	public Ruleset compile(Path folder) {
		return compile(RuleFiles.read(folder));
	}

	public Ruleset compile(RuleFiles files) {
		List<RuleProblem> problems = new ArrayList<>();
		List<CompiledSource> sources = new ArrayList<>();
		files.contents().forEach((file, bytes) -> {
			try {
				sources.add(file.endsWith(".drl") ? DrlSource.read(file, bytes) : WorkbookSource.read(file, bytes));
			}
			catch (RulesetDidNotCompile ex) {
				problems.addAll(ex.problems());
			}
		});
		if (!problems.isEmpty()) {
			throw new RulesetDidNotCompile(problems);
		}
		if (sources.isEmpty()) {
			throw new RulesetDidNotCompile(List.of(RuleProblem.inFile(".", "the rules folder holds no rule files")));
		}
		String version = files.version();
		KieServices kie = KieServices.get();
		ReleaseId releaseId = kie.newReleaseId("com.offertiming", "rules", version);
		KieFileSystem kfs = kie.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		Map<String, CompiledSource> byPath = new HashMap<>();
		Map<String, RuleSource> index = new HashMap<>();
		for (CompiledSource source : sources) {
			String path = RESOURCES + (source.file().endsWith(".drl") ? source.file() : source.file() + ".drl");
			kfs.write(path, source.drl());
			byPath.put(path, source);
			index.putAll(source.sources());
		}
		KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
		List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
		if (!errors.isEmpty()) {
			throw new RulesetDidNotCompile(errors.stream().map(error -> locate(error, byPath)).distinct().toList());
		}
		return new Ruleset(version, List.copyOf(files.contents().keySet()), kie.newKieContainer(releaseId), index,
				clock.instant());
	}

	private static RuleProblem locate(Message error, Map<String, CompiledSource> byPath) {
		String path = error.getPath() == null ? "" : error.getPath();
		CompiledSource source = byPath.get(path.startsWith(RESOURCES) ? path : RESOURCES + path);
		String text = error.getText().lines().findFirst().orElse(error.getText());
		if (source == null) {
			return RuleProblem.inFile(path.isEmpty() ? "." : path, text);
		}
		if (source.file().endsWith(".drl")) {
			return RuleProblem.atLine(source.file(), error.getLine(), text);
		}
		return RuleProblem.inFile(source.file(), text);
	}

}
