package com.offertiming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateRulesTests {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void aCleanFolderExitsZeroAndSaysTheScenarioGatePassedVacuously() {
		int status = ValidateRules.run(new String[] { "src/test/resources/rulesets/minimal" }, out());

		assertThat(status).isZero();
		assertThat(printed()).contains("OK: 1 rules compile").contains("vacuously");
	}

	@Test
	void aFolderWithAnErrorExitsOneNamingTheFileAndLine(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("broken.drl"), "package x;\nrule \"R\"\nwhen\n  Event(\nthen\nend\n");

		int status = ValidateRules.run(new String[] { folder.toString() }, out());

		assertThat(status).isEqualTo(1);
		assertThat(printed()).contains("ERROR broken.drl, line 6").contains("NOT OK");
	}

	@Test
	void aMissingFolderExitsOne(@TempDir Path folder) {
		assertThat(ValidateRules.run(new String[] { folder.resolve("nothing").toString() }, out())).isEqualTo(1);
		assertThat(printed()).contains("does not exist");
	}

	private PrintStream out() {
		return new PrintStream(output, true, StandardCharsets.UTF_8);
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}

}
