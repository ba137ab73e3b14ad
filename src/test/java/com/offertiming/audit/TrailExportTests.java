package com.offertiming.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrailExportTests {

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaIsNeutralised() {
		assertThat(TrailExport.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(TrailExport.csvCell("+1")).isEqualTo("'+1");
		assertThat(TrailExport.csvCell("-1")).isEqualTo("'-1");
		assertThat(TrailExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TrailExport.csvCell("\tx")).isEqualTo("'\tx");
	}

	@Test
	void cellsWithSeparatorsOrQuotesAreQuoted() {
		assertThat(TrailExport.csvLine(List.of("a", "b,c", "say \"hi\"", "[{\"type\":\"UPSELL\"}]")))
			.isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"[{\"\"type\"\":\"\"UPSELL\"\"}]\"\n");
	}

	@Test
	void anOrdinaryCellIsLeftAsItIs() {
		assertThat(TrailExport.csvCell("C-1001")).isEqualTo("C-1001");
		assertThat(TrailExport.csvCell("")).isEmpty();
	}

}
