package com.offertiming.ruleset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.internal.builder.InternalKieBuilder;
import org.kie.internal.builder.conf.ExternaliseCanonicalModelLambdaOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule files with the executable model into a {@link Ruleset}, each version under its own ReleaseId. A
 * version built before is loaded from the cache instead of being built again.
 */
public final class RulesetCompiler {

	private static final Logger log = LoggerFactory.getLogger(RulesetCompiler.class);

	static final String RESOURCES = "src/main/resources/";

	private final Clock clock;

	private final KieModuleCache cache;

	private final RuleLimits limits;

	public RulesetCompiler(Clock clock) {
		this(clock, KieModuleCache.NONE);
	}

	public RulesetCompiler(Clock clock, KieModuleCache cache) {
		this(clock, cache, RuleLimits.DEFAULT);
	}

	public RulesetCompiler(Clock clock, KieModuleCache cache, RuleLimits limits) {
		this.clock = clock;
		this.cache = cache;
		this.limits = limits;
	}

	public Ruleset compile(RuleFiles files) {
		long start = System.nanoTime();
		ReleaseId releaseId = KieServices.get().newReleaseId("com.offertiming", "rules", files.version());
		Optional<Ruleset> cached = fromCache(files, releaseId);
		if (cached.isPresent()) {
			log.info("Rules version {} loaded from the cache in {} ms", releaseId.getVersion(), millisSince(start));
			return cached.get();
		}
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
		Map<String, RuleSource> index = new HashMap<>();
		sources.forEach(source -> index.putAll(source.sources()));
		long parsed = System.nanoTime();
		KieBuilder builder;
		try {
			builder = build(releaseId, sources);
		}
		catch (RuntimeException ex) {
			throw new RulesetDidNotCompile(new BuildProblems(RulesetCompiler::check).locate(sources));
		}
		if (!errors(builder).isEmpty()) {
			throw new RulesetDidNotCompile(new BuildProblems(RulesetCompiler::check).locate(sources));
		}
		cache.store(releaseId, builder.getKieModule(), index);
		Ruleset ruleset = ruleset(files, releaseId, index);
		log.info("Rules version {} built in {} ms ({} ms reading the files, {} rules)", releaseId.getVersion(),
				millisSince(start), (parsed - start) / 1_000_000, ruleset.ruleCount());
		return ruleset;
	}

	/** The version as built before: the same files gave no problem then, so they are not read again. */
	private Optional<Ruleset> fromCache(RuleFiles files, ReleaseId releaseId) {
		Optional<Map<String, RuleSource>> index = cache.load(releaseId);
		if (index.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ruleset(files, releaseId, index.get()));
		}
		catch (RuntimeException ex) {
			// A damaged entry may only show when the engine reads it: build the version instead.
			cache.evict(releaseId, ex);
			return Optional.empty();
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private Ruleset ruleset(RuleFiles files, ReleaseId releaseId, Map<String, RuleSource> index) {
		return new Ruleset(releaseId.getVersion(), List.copyOf(files.contents().keySet()),
				KieServices.get().newKieContainer(releaseId), index, clock.instant(), limits);
	}

	static String pathOf(CompiledSource source) {
		return RESOURCES + (source.isDrl() ? source.file() : source.file() + ".drl");
	}

	private static KieBuilder build(ReleaseId releaseId, List<CompiledSource> sources) {
		KieServices kie = KieServices.get();
		KieFileSystem kfs = kie.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		for (CompiledSource source : sources) {
			kfs.write(pathOf(source), source.drl());
		}
		InternalKieBuilder builder = (InternalKieBuilder) kie.newKieBuilder(kfs);
		return builder.withKModuleModel(moduleModel()).buildAll(ExecutableModelProject.class);
	}

	/**
	 * The module the rules are built in, and loaded from the cache with: one default KieBase and session, as Drools
	 * gives a project without kmodule.xml. Lambdas stay inside the generated rule classes instead of each becoming a
	 * class of its own: a 1,000-row table then builds with about a quarter less CPU, as rendering, hashing and
	 * compiling some 2,000 small classes was.
	 */
	static KieModuleModel moduleModel() {
		KieModuleModel model = KieServices.get().newKieModuleModel();
		model.setConfigurationProperty(ExternaliseCanonicalModelLambdaOption.PROPERTY_NAME, "false");
		model.newKieBaseModel("defaultKieBase").addPackage("*").setDefault(true)
			.newKieSessionModel("defaultKieSession").setDefault(true);
		return model;
	}

	/** Builds throwaway sources only for their errors, under a ReleaseId nobody else uses. */
	private static List<Message> check(List<CompiledSource> sources) {
		ReleaseId releaseId = KieServices.get().newReleaseId("com.offertiming", "rules-check", UUID.randomUUID()
			.toString());
		try {
			return errors(build(releaseId, sources));
		}
		catch (RuntimeException ex) {
			// Some mistakes make the executable model throw instead of reporting: report them like an error.
			return List.of(new Crash(rootMessage(ex)));
		}
		finally {
			KieServices.get().getRepository().removeKieModule(releaseId);
		}
	}

	/** The build's errors, without the follow-up Drools adds after a parser error. */
	private static List<Message> errors(KieBuilder builder) {
		return builder.getResults().getMessages(Message.Level.ERROR).stream()
			.filter(message -> !message.getText().startsWith("Parser returned a null Package"))
			.toList();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.toString();
	}

	/** A build that threw, as an error without a position. */
	private record Crash(String getText) implements Message {

		@Override
		public long getId() {
			return 0;
		}

		@Override
		public Level getLevel() {
			return Level.ERROR;
		}

		@Override
		public String getPath() {
			return null;
		}

		@Override
		public int getLine() {
			return -1;
		}

		@Override
		public int getColumn() {
			return -1;
		}

	}

}
