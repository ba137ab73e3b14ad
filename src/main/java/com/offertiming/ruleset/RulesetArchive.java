package com.offertiming.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the files of every ruleset version that was activated, keyed by its content hash. */
@Repository
public class RulesetArchive {

	/** A version as listed: when it was first archived and its size. */
	public record ArchivedVersion(String version, Instant archivedAt, int ruleCount, int fileCount) {
	}

	private final JdbcClient jdbc;

	RulesetArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Archives a version once; archiving it again changes nothing. */
	void archive(Ruleset ruleset, RuleFiles files, Instant at) {
		if (files(ruleset.version()).isPresent()) {
			return;
		}
		jdbc.sql("INSERT INTO ruleset_version (version, archived_at, rule_count, file_count, files) "
				+ "VALUES (:version, :at, :rules, :files, :zip)")
			.param("version", ruleset.version())
			.param("at", at.toString())
			.param("rules", ruleset.ruleCount())
			.param("files", files.contents().size())
			.param("zip", Base64.getEncoder().encodeToString(zip(files)))
			.update();
	}

	public Optional<RuleFiles> files(String version) {
		return jdbc.sql("SELECT files FROM ruleset_version WHERE version = :version")
			.param("version", version)
			.query(String.class)
			.optional()
			.map(encoded -> unzip(Base64.getDecoder().decode(encoded)));
	}

	public List<ArchivedVersion> versions() {
		return jdbc.sql("SELECT version, archived_at, rule_count, file_count FROM ruleset_version "
				+ "ORDER BY archived_at DESC, version")
			.query((rs, n) -> new ArchivedVersion(rs.getString(1), Instant.parse(rs.getString(2)), rs.getInt(3),
					rs.getInt(4)))
			.list();
	}

	private static byte[] zip(RuleFiles files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.contents().entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static RuleFiles unzip(byte[] bytes) {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				contents.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RuleFiles(contents);
	}

}
