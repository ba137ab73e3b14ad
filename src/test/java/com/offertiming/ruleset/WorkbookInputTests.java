package com.offertiming.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a rule workbook may not hold: a zip bomb, a formula, or more bytes than any rule file needs. */
class WorkbookInputTests {

	private static final byte[] GOOD = TestWorkbooks.checkoutOffers(List.<String[]>of(
			new String[] { "CameraGetsACase", "a camera gets a case", "CHECKOUT", "CAMERA", "CAMERA-CASE" }));

	@Test
	void aZipBombIsRefusedBeforeItIsExpanded() throws IOException {
		RulesetDidNotCompile refused = catchThrowableOfType(RulesetDidNotCompile.class,
				() -> WorkbookSource.read("offers/bomb.drl.xlsx", bomb(GOOD, 40 * 1024 * 1024)));

		RuleProblem problem = refused.problems().get(0);
		assertThat(problem.file()).isEqualTo("offers/bomb.drl.xlsx");
		assertThat(problem.message()).containsIgnoringCase("zip bomb");
	}

	@Test
	void aFormulaIsRefusedAtItsCell() throws IOException {
		byte[] withFormula;
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(GOOD));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getSheet(TestWorkbooks.SHEET).getRow(TestWorkbooks.FIRST_RULE_ROW - 1).getCell(4)
				.setCellFormula("CONCATENATE(\"CAMERA\",\"-CASE\")");
			workbook.write(out);
			withFormula = out.toByteArray();
		}

		RulesetDidNotCompile refused = catchThrowableOfType(RulesetDidNotCompile.class,
				() -> WorkbookSource.read("offers/formula.drl.xlsx", withFormula));

		RuleProblem problem = refused.problems().get(0);
		assertThat(problem.sheet()).isEqualTo(TestWorkbooks.SHEET);
		assertThat(problem.cell()).isEqualTo("E" + TestWorkbooks.FIRST_RULE_ROW);
		assertThat(problem.message()).startsWith("holds a formula (=CONCATENATE(");
	}

	@Test
	void aFileLargerThanAnyRuleFileIsNotRead(@TempDir Path folder) throws IOException {
		Files.createDirectories(folder.resolve("offers"));
		Files.write(folder.resolve("offers/huge.drl"), new byte[(int) WorkbookLimits.MAX_FILE_BYTES + 1]);

		RulesetDidNotCompile refused = catchThrowableOfType(RulesetDidNotCompile.class, () -> RuleFiles.read(folder));

		assertThat(refused.problems().get(0).file()).isEqualTo("offers/huge.drl");
		assertThat(refused.problems().get(0).message()).contains("larger than 10 MiB");
	}

	/** The workbook with its sheet padded by whitespace that compresses about a thousand times. */
	static byte[] bomb(byte[] xlsx, int padding) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					int end = xml.lastIndexOf("</worksheet>");
					zip.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < padding / spaces.length; i++) {
						zip.write(spaces);
					}
					zip.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
				else {
					zip.write(content);
				}
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
