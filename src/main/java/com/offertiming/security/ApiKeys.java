package com.offertiming.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys the service accepts, held only as SHA-256 hashes. A presented key is hashed once and compared with
 * every known hash in constant time, so neither the match nor its position leaks through timing.
 */
public final class ApiKeys {

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	/** A known key: its hash as bytes, the role it grants, and a name for logs (never the key). */
	record Known(byte[] hash, Role role, String name) {
	}

	private final List<Known> known;

	ApiKeys(List<Known> known) {
		this.known = List.copyOf(known);
	}

	/** The configured hashes; when none, the keys file, generated on the first start. */
	static ApiKeys load(SecurityProperties properties, boolean generateWhenNone) {
		if (!properties.apiKeys().isEmpty()) {
			List<Known> known = new ArrayList<>();
			for (int i = 0; i < properties.apiKeys().size(); i++) {
				SecurityProperties.ApiKey key = properties.apiKeys().get(i);
				if (key.role() == null || key.hash() == null || !key.hash().matches("[0-9a-fA-F]{64}")) {
					throw new IllegalStateException("offers.security.api-keys[" + i
							+ "] needs a role (APP, ANALYST, AUDITOR) and a hash: the SHA-256 of the key as 64 hex digits");
				}
				known.add(new Known(HexFormat.of().parseHex(key.hash()), key.role(),
						"api-keys[" + i + "]"));
			}
			return new ApiKeys(known);
		}
		if (!generateWhenNone) {
			return new ApiKeys(List.of());
		}
		return fromFile(properties.keysFile());
	}

	/** The role of a presented key, or null when it is not one of ours. */
	Known match(String presented) {
		byte[] hash = sha256(presented);
		Known found = null;
		for (Known candidate : known) {
			// No early exit: every hash is compared, whatever matched.
			if (MessageDigest.isEqual(hash, candidate.hash()) && found == null) {
				found = candidate;
			}
		}
		return found;
	}

	boolean isEmpty() {
		return known.isEmpty();
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256Hex(String key) {
		return HexFormat.of().formatHex(sha256(key));
	}

	/**
	 * Reads {@code ROLE hash [key]} lines; when the file does not exist, writes one new key per role, readable by the
	 * owner only, and logs where. The keys are written once, for the operator: only their hashes are kept in memory,
	 * and an operator may delete the key column after copying the keys out.
	 */
	private static ApiKeys fromFile(Path file) {
		try {
			if (Files.notExists(file)) {
				generate(file);
			}
			else {
				checkPermissions(file);
			}
			List<Known> known = new ArrayList<>();
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\s+");
				if (parts.length < 2 || !parts[1].matches("[0-9a-fA-F]{64}")) {
					throw new IllegalStateException(file.toAbsolutePath() + " line " + (i + 1)
							+ ": expected ROLE SHA-256-HEX [KEY]");
				}
				known.add(new Known(HexFormat.of().parseHex(parts[1]), Role.valueOf(parts[0].toUpperCase(Locale.ROOT)),
						file.getFileName() + ":" + (i + 1)));
			}
			log.info("API keys: {} hashes read from {}", known.size(), file.toAbsolutePath());
			return new ApiKeys(known);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The API keys file " + file.toAbsolutePath() + " cannot be used", ex);
		}
	}

	private static void generate(Path file) throws IOException {
		SecureRandom random = new SecureRandom();
		StringBuilder text = new StringBuilder("# offer-timing API keys, generated " + Instant.now()
				+ ". Send a key as the X-API-Key header.\n# ROLE SHA-256(key) key -- keep this file secret; "
				+ "the service needs only the first two columns.\n");
		for (Role role : Role.values()) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String key = "otk_" + role.name().toLowerCase(Locale.ROOT) + "_"
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			text.append(role).append(' ').append(sha256Hex(key)).append(' ').append(key).append('\n');
		}
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		try {
			if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(
						EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
			}
			else {
				Files.createFile(file);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return; // another instance wrote it first: use its keys
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		log.warn("No API keys were configured: one key per role (APP, ANALYST, AUDITOR) was generated into {} "
				+ "(readable by its owner only). Send one as the X-API-Key header.", file.toAbsolutePath());
	}

	private static void checkPermissions(Path file) throws IOException {
		if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (!EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE).containsAll(permissions)) {
			log.warn("The API keys file {} is readable by others ({}); restrict it with chmod 600",
					file.toAbsolutePath(), PosixFilePermissions.toString(permissions));
		}
	}

}
