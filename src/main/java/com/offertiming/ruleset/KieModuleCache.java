package com.offertiming.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.base.util.Drools;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Built rule versions kept on disk, so a restart with unchanged rules loads the generated executable model instead of
 * building it again, nor reading the rule files. An entry is trusted only for the exact rule files (the version is
 * their content hash), the same Drools release, and the same fact classes and rule-reading code the rules were built
 * with (their bytecode is hashed into the key); an entry that cannot be loaded is deleted and the version is built.
 */
public final class KieModuleCache {

	/** No cache: every version is built. */
	public static final KieModuleCache NONE = new KieModuleCache(null);

	private static final Logger log = LoggerFactory.getLogger(KieModuleCache.class);

	/** Where an entry keeps the file, sheet and row (or line) of each of its rules. */
	private static final PortablePath SOURCES = PortablePath.of("META-INF/offer-timing/rule-sources.json");

	private static final TypeReference<Map<String, RuleSource>> SOURCES_TYPE = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path folder;

	private final String compatibility;

	public KieModuleCache(Path folder) {
		this.folder = folder;
		this.compatibility = folder == null ? "" : compatibility();
	}

	/**
	 * Puts the cached build of this version in the KIE repository and answers where each of its rules is written
	 * (kept with the build, so a hit reads no workbook); empty when there is no entry to trust.
	 */
	Optional<Map<String, RuleSource>> load(ReleaseId releaseId) {
		Path entry = entry(releaseId);
		if (entry == null || !Files.isRegularFile(entry)) {
			return Optional.empty();
		}
		try {
			MemoryFileSystem files = MemoryFileSystem.readFromJar(Files.readAllBytes(entry));
			if (!files.existsFile(SOURCES)) {
				throw new IllegalStateException("the entry does not say where its rules are written");
			}
			Map<String, RuleSource> sources = JSON.readValue(files.read(SOURCES), SOURCES_TYPE);
			KieModule module = new CanonicalKieModule(new MemoryKieModule(releaseId, RulesetCompiler.moduleModel(),
					files));
			KieServices.get().getRepository().addKieModule(module);
			return Optional.of(sources);
		}
		catch (IOException | RuntimeException ex) {
			evict(releaseId, ex);
			return Optional.empty();
		}
	}

	void evict(ReleaseId releaseId, Exception why) {
		Path entry = entry(releaseId);
		log.warn("Cached build {} cannot be loaded ({}); building the rules instead", entry, why.toString());
		delete(entry);
	}

	void store(ReleaseId releaseId, KieModule module, Map<String, RuleSource> sources) {
		Path entry = entry(releaseId);
		if (entry == null) {
			return;
		}
		try {
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, "partial-", ".tmp");
			MemoryFileSystem files = MemoryFileSystem.readFromJar(((InternalKieModule) module).getBytes());
			files.write(SOURCES, JSON.writeValueAsBytes(sources));
			Files.write(partial, files.writeAsBytes());
			Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not cache the build of rules version {}", releaseId.getVersion(), ex);
		}
	}

	private Path entry(ReleaseId releaseId) {
		return folder == null ? null : folder.resolve(releaseId.getVersion() + "-" + compatibility + ".jar");
	}

	/**
	 * A hash of what an entry depends on besides the rule files: the Drools release, the fact classes the generated
	 * code uses, and this package's code, which reads the files and checks them before they are built.
	 */
	private static String compatibility() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Drools.getFullVersion().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			PathMatchingResourcePatternResolver classes = new PathMatchingResourcePatternResolver(
					KieModuleCache.class.getClassLoader());
			for (String pattern : List.of("classpath*:com/offertiming/facts/**/*.class",
					"classpath*:com/offertiming/ruleset/*.class")) {
				Resource[] found = classes.getResources(pattern);
				java.util.Arrays.sort(found, java.util.Comparator.comparing(Resource::getDescription));
				for (Resource resource : found) {
					try (var in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot fingerprint the fact classes for the rules cache", ex);
		}
	}

	private static void delete(Path entry) {
		try {
			Files.deleteIfExists(entry);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", entry, ex);
		}
	}

}
