package com.offertiming.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrailExportTests {

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
		assertThat(com.offertiming.web.Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(com.offertiming.web.Csv.cell("+1")).isEqualTo("'+1");
		assertThat(com.offertiming.web.Csv.cell("-1")).isEqualTo("'-1");
		assertThat(com.offertiming.web.Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(com.offertiming.web.Csv.cell("\tx")).isEqualTo("'\tx");
	}

	@Test
	void cellsWithSeparatorsOrQuotesAreQuoted() {
		assertThat(TrailExport.csvLine(List.of("a", "b,c", "say \"hi\"", "[{\"type\":\"UPSELL\"}]")))
			.isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"[{\"\"type\"\":\"\"UPSELL\"\"}]\"\n");
	}

	@Test
	void anOrdinaryCellIsLeftAsItIs() {
		assertThat(com.offertiming.web.Csv.cell("C-1001")).isEqualTo("C-1001");
		assertThat(com.offertiming.web.Csv.cell("")).isEmpty();
	}

}
