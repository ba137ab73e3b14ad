package com.offertiming.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.drools.base.util.Drools;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Built rule versions kept on disk, so a restart with unchanged rules loads the generated executable model instead of
 * building it again. An entry is trusted only for the exact rule files (the version is their content hash), the same
 * Drools release and the same fact classes the rules were compiled against (their bytecode is hashed into the key);
 * an entry that cannot be loaded is deleted and the version is built.
 */
public final class KieModuleCache {

	/** No cache: every version is built. */
	public static final KieModuleCache NONE = new KieModuleCache(null);

	private static final Logger log = LoggerFactory.getLogger(KieModuleCache.class);

	private final Path folder;

	private final String compatibility;

	public KieModuleCache(Path folder) {
		this.folder = folder;
		this.compatibility = folder == null ? "" : compatibility();
	}

	/** Puts the cached build of this version in the KIE repository; false when there is none to trust. */
	boolean load(ReleaseId releaseId) {
		Path entry = entry(releaseId);
		if (entry == null || !Files.isRegularFile(entry)) {
			return false;
		}
		try {
			MemoryFileSystem files = MemoryFileSystem.readFromJar(Files.readAllBytes(entry));
			KieModule module = new CanonicalKieModule(new MemoryKieModule(releaseId, RulesetCompiler.moduleModel(),
					files));
			KieServices.get().getRepository().addKieModule(module);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			evict(releaseId, ex);
			return false;
		}
	}

	void evict(ReleaseId releaseId, Exception why) {
		Path entry = entry(releaseId);
		log.warn("Cached build {} cannot be loaded ({}); building the rules instead", entry, why.toString());
		delete(entry);
	}

	void store(ReleaseId releaseId, KieModule module) {
		Path entry = entry(releaseId);
		if (entry == null) {
			return;
		}
		try {
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, "partial-", ".tmp");
			Files.write(partial, ((InternalKieModule) module).getBytes());
			Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not cache the build of rules version {}", releaseId.getVersion(), ex);
		}
	}

	private Path entry(ReleaseId releaseId) {
		return folder == null ? null : folder.resolve(releaseId.getVersion() + "-" + compatibility + ".jar");
	}

	/** A hash of what the generated code depends on besides the rules: the Drools release and the fact classes. */
	private static String compatibility() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Drools.getFullVersion().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			Resource[] facts = new PathMatchingResourcePatternResolver(KieModuleCache.class.getClassLoader())
				.getResources("classpath*:com/offertiming/facts/**/*.class");
			java.util.Arrays.sort(facts, java.util.Comparator.comparing(Resource::getDescription));
			for (Resource fact : facts) {
				try (var in = fact.getInputStream()) {
					digest.update(in.readAllBytes());
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
