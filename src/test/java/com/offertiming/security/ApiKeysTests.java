package com.offertiming.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTests {

	@TempDir
	Path folder;

	@Test
	void withoutConfiguredKeysTheFirstStartWritesOneKeyPerRoleForTheOwnerOnly() throws Exception {
		Path file = folder.resolve("keys/offer-timing-api-keys.txt");
		ApiKeys keys = ApiKeys.load(new SecurityProperties(null, file, "roles"), true);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		List<String[]> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))
			.map(l -> l.split(" ")).toList();
		assertThat(lines).extracting(l -> l[0]).containsExactly("APP", "ANALYST", "AUDITOR");
		for (String[] line : lines) {
			assertThat(line[1]).isEqualTo(ApiKeys.sha256Hex(line[2]));
			assertThat(keys.match(line[2]).role()).isEqualTo(Role.valueOf(line[0]));
		}
		assertThat(keys.match("otk_app_guess")).isNull();
	}

	@Test
	void laterStartsReuseTheFileAndNeedOnlyItsHashes() throws Exception {
		Path file = folder.resolve("keys.txt");
		ApiKeys.load(new SecurityProperties(null, file, "roles"), true);
		List<String> written = Files.readAllLines(file);
		String appKey = written.stream().filter(l -> l.startsWith("APP ")).findFirst().orElseThrow().split(" ")[2];
		// The operator copied the keys out and kept only ROLE and hash.
		Files.write(file, written.stream().map(l -> l.startsWith("#") ? l : l.substring(0, l.lastIndexOf(' ')))
			.toList());

		ApiKeys again = ApiKeys.load(new SecurityProperties(null, file, "roles"), true);

		assertThat(again.match(appKey).role()).isEqualTo(Role.APP);
		assertThat(Files.readAllLines(file)).noneMatch(l -> l.contains(appKey));
	}

	@Test
	void configuredHashesWinAndNoFileIsWritten() {
		Path file = folder.resolve("keys.txt");
		ApiKeys keys = ApiKeys.load(new SecurityProperties(
				List.of(new SecurityProperties.ApiKey(Role.AUDITOR, ApiKeys.sha256Hex("s3cret"))), file, "roles"),
				true);

		assertThat(keys.match("s3cret").role()).isEqualTo(Role.AUDITOR);
		assertThat(file).doesNotExist();
	}

	@Test
	void aConfiguredKeyThatIsNoHashIsRefusedAtStartup() {
		assertThatThrownBy(() -> ApiKeys.load(new SecurityProperties(
				List.of(new SecurityProperties.ApiKey(Role.APP, "plain-text-key")), folder.resolve("k"), "roles"),
				true))
			.hasMessageContaining("offers.security.api-keys[0]").hasMessageContaining("SHA-256");
	}

}
