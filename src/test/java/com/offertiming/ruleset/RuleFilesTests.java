package com.offertiming.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleFilesTests {

	@ParameterizedTest
	@ValueSource(strings = { "offers/~$catalog.drl.xlsx", "offers/.~lock.catalog.drl.xlsx#", "offers/#catalog.drl#",
			"offers/catalog.drl~", "offers/catalog.drl.xlsx.tmp", "offers/catalog.drl.bak", "offers/.catalog.drl.swp",
			"offers/catalog.drl.orig", ".git/rules.drl", "offers/.hidden.drl", "scenarios/default.drl.xlsx",
			"offers/notes.txt", "offers/catalog.xlsx" })
	void editorLitterScenariosAndOtherFilesAreNotRules(String path) {
		assertThat(RuleFiles.isRuleFile(path)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "offers/catalog.drl.xlsx", "arbitration/arbitration.drl", "profile/nps.drl.csv",
			"top.drl" })
	void decisionTablesAndDrlFilesAreRules(String path) {
		assertThat(RuleFiles.isRuleFile(path)).isTrue();
	}

	@Test
	void scenarioWorkbooksAreReadApartAndLitterAmongThemIsIgnored() {
		assertThat(RuleFiles.isScenarioFile("scenarios/default-scenarios.xlsx")).isTrue();
		assertThat(RuleFiles.isScenarioFile("scenarios/~$default-scenarios.xlsx")).isFalse();
		assertThat(RuleFiles.isScenarioFile("offers/catalog.drl.xlsx")).isFalse();
	}

	@Test
	void litterBesideTheRulesLeavesTheVersionAsItWas(@TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("offers"));
		Files.writeString(folder.resolve("offers/cable.drl"), "package a;");
		String before = RuleFiles.read(folder).version();

		Files.writeString(folder.resolve("offers/~$cable.drl.xlsx"), "owner file");
		Files.writeString(folder.resolve("offers/.~lock.cable.drl#"), "lock");
		Files.writeString(folder.resolve("offers/cable.drl.bak"), "backup");

		assertThat(RuleFiles.read(folder).version()).isEqualTo(before);
		assertThat(RuleFiles.read(folder).contents()).containsOnlyKeys("offers/cable.drl");
	}

	@Test
	void theVersionIsTheContentHashWhateverTheOrderTheFilesWereGivenIn() {
		var one = new java.util.LinkedHashMap<String, byte[]>();
		one.put("a.drl", new byte[] { 1 });
		one.put("b.drl", new byte[] { 2 });
		var other = new java.util.LinkedHashMap<String, byte[]>();
		other.put("b.drl", new byte[] { 2 });
		other.put("a.drl", new byte[] { 1 });

		assertThat(new RuleFiles(one).version()).isEqualTo(new RuleFiles(other).version());
		one.put("a.drl", new byte[] { 3 });
		assertThat(new RuleFiles(one).version()).isNotEqualTo(new RuleFiles(other).version());
	}

}
