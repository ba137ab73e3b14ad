package com.offertiming.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import com.offertiming.ruleset.workbooks.DefaultRules;

/** The shipped rules folder: it compiles, every rule is traceable to its row or line, and it matches the generator. */
class ShippedRulesTests {

	private static final Path RULES = Path.of("rules");

	private static final DataFormatter TEXT = new DataFormatter(Locale.ROOT);

	private static Ruleset ruleset;

	private static KieBase kieBase;

	@BeforeAll
	static void compile() {
		ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(RULES));
		KieSession session = ruleset.openSession();
		kieBase = session.getKieBase();
		session.dispose();
	}

	@AfterAll
	static void dispose() {
		ruleset.dispose();
	}

	@Test
	void everyDataRowIsARuleThatNamesItsFileSheetAndRow() throws IOException {
		List<TableRow> rows = tableRows();
		assertThat(rows).hasSizeGreaterThan(100);
		for (TableRow row : rows) {
			Rule rule = kieBase.getRule(row.pkg(), row.name());
			assertThat(rule).as("rule of %s", row).isNotNull();
			RuleSource source = ruleset.sourceOf(rule);
			assertThat(source.file()).as("file of %s", row).isEqualTo(row.file());
			assertThat(source.sheet()).as("sheet of %s", row).isEqualTo(row.sheet());
			assertThat(source.row()).as("row of %s", row).isEqualTo(row.row());
			assertThat(source.description()).as("description of %s", row).isEqualTo(row.description());
		}
	}

	@Test
	void everyRuleHasASourceInAnExistingFile() throws IOException {
		for (Rule rule : rules()) {
			RuleSource source = ruleset.sourceOf(rule);
			assertThat(source.file()).as("file of %s", rule.getName()).isNotNull();
			assertThat(RULES.resolve(source.file())).as("file of %s", rule.getName()).isRegularFile();
			assertThat(source.description()).as("description of %s", rule.getName()).isNotBlank();
			if (source.file().endsWith(".drl")) {
				assertThat(source.line()).as("line of %s", rule.getName()).isPositive();
				String line = Files.readAllLines(RULES.resolve(source.file())).get(source.line() - 1);
				assertThat(line).contains("rule \"" + rule.getName() + "\"");
			}
			else {
				assertThat(source.row()).as("row of %s", rule.getName()).isPositive();
				try (Workbook workbook = open(RULES.resolve(source.file()))) {
					Sheet sheet = workbook.getSheet(source.sheet());
					assertThat(sheet).as("sheet of %s", rule.getName()).isNotNull();
					assertThat(TEXT.formatCellValue(sheet.getRow(source.row() - 1).getCell(0)).trim())
						.isEqualTo(rule.getName());
				}
			}
		}
	}

	@Test
	void ruleNamesAreUniqueAcrossTheRuleset() throws IOException {
		List<String> names = new ArrayList<>(tableRows().stream().map(TableRow::name).toList());
		for (Path drl : files(".drl")) {
			for (String line : Files.readAllLines(drl)) {
				if (line.startsWith("rule \"")) {
					names.add(line.substring(6, line.indexOf('"', 6)));
				}
			}
		}
		assertThat(names).doesNotHaveDuplicates();
		// a name written twice in one package would silently replace the first rule
		assertThat(rules()).hasSize(names.size());
	}

	@Test
	void everyRuleFiresInThePhaseOfItsFolder() {
		for (Rule rule : rules()) {
			String folder = ruleset.sourceOf(rule).file().split("/")[0];
			assertThat(rule.getPackageName()).isEqualTo(folder);
			assertThat(((RuleImpl) rule).getRuleFlowGroup()).as(rule.getName()).isEqualTo(folder);
			// only the CPM table is first-match-wins; its header must not leak to the rest of the package
			String expectedGroup = ruleset.sourceOf(rule).file().equals("profile/cpm.drl.xlsx") ? "cpm" : null;
			assertThat(((RuleImpl) rule).getActivationGroup()).as(rule.getName()).isEqualTo(expectedGroup);
		}
	}

	@Test
	void everyWorkbookRowHasADescription() throws IOException {
		for (TableRow row : tableRows()) {
			assertThat(row.description()).as("description of %s", row).isNotBlank();
		}
	}

	@Test
	void committedWorkbooksAreWhatTheGeneratorWrites() throws IOException {
		Map<String, Workbook> generated = DefaultRules.build();
		assertThat(files(".drl.xlsx")).map(path -> RULES.relativize(path).toString().replace('\\', '/'))
			.containsExactlyInAnyOrderElementsOf(generated.keySet());
		for (Map.Entry<String, Workbook> entry : generated.entrySet()) {
			try (Workbook expected = entry.getValue(); Workbook actual = open(RULES.resolve(entry.getKey()))) {
				assertThat(texts(actual)).as(entry.getKey()).isEqualTo(texts(expected));
				assertThat(actual.getSheetAt(0).getMergedRegions()).as("merged cells of " + entry.getKey())
					.containsExactlyInAnyOrderElementsOf(expected.getSheetAt(0).getMergedRegions());
			}
		}
	}

	/** Sheet by sheet, row by row, the text of each cell as Excel shows it. */
	private static Map<String, List<List<String>>> texts(Workbook workbook) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		for (Sheet sheet : workbook) {
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				List<String> cells = new ArrayList<>();
				Row row = sheet.getRow(r);
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					cells.add(TEXT.formatCellValue(row.getCell(c)));
				}
				while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
					cells.remove(cells.size() - 1);
				}
				rows.add(cells);
			}
			sheets.put(sheet.getSheetName(), rows);
		}
		return sheets;
	}

	private record TableRow(String file, String pkg, String sheet, int row, String name, String description) {
	}

	/** The rule rows of every workbook, found the way an analyst reads them: RuleTable, 4 header rows, rules. */
	private static List<TableRow> tableRows() throws IOException {
		List<TableRow> rows = new ArrayList<>();
		for (Path file : files(".drl.xlsx")) {
			String relative = RULES.relativize(file).toString().replace('\\', '/');
			try (Workbook workbook = open(file)) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(workbook.getNumberOfSheets()).as("Drools reads only the first sheet of " + relative)
					.isEqualTo(1);
				String pkg = text(sheet, 0, 1);
				assertThat(text(sheet, 0, 0)).isEqualTo("RuleSet");
				for (int r = 0; r <= sheet.getLastRowNum(); r++) {
					if (!text(sheet, r, 0).startsWith("RuleTable")) {
						continue;
					}
					assertThat(text(sheet, r + 1, 0)).isEqualTo("NAME");
					assertThat(text(sheet, r + 1, 1)).isEqualTo("DESCRIPTION");
					for (r = r + 5; r <= sheet.getLastRowNum() && !text(sheet, r, 0).isEmpty(); r++) {
						rows.add(new TableRow(relative, pkg, sheet.getSheetName(), r + 1, text(sheet, r, 0),
								text(sheet, r, 1)));
					}
				}
			}
		}
		return rows;
	}

	private static String text(Sheet sheet, int r, int c) {
		Row row = sheet.getRow(r);
		Cell cell = row == null ? null : row.getCell(c);
		return TEXT.formatCellValue(cell).trim();
	}

	private static List<Rule> rules() {
		return kieBase.getKiePackages().stream().flatMap(pkg -> pkg.getRules().stream()).toList();
	}

	private static List<Path> files(String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(RULES)) {
			return paths.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
	}

}
