package com.offertiming.decision;

import com.offertiming.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/e2e-test.db" })
class DecisionEndToEndTests {

	@LocalServerPort
	private int port;

	@Test
	void aCheckoutIsAnsweredWithATracedOffer() {
		String body = TestKeys.client(port).post().uri("/v1/decisions")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"customer": {"id": "C-1"},
					 "event": {"type": "CHECKOUT", "at": "2026-11-22T10:00:00Z", "channel": "WEB", "productIds": ["TV-55"]}}
					""")
			.retrieve()
			.body(String.class);
		assertThat(body).contains("CABLE");
	}

	@Test
	void theApiDocsDescribeTheAnswerAsADecisionResponse() {
		JsonNode docs = JsonMapper.builder().build()
			.readTree(TestKeys.client(port).get().uri("/v3/api-docs").retrieve().body(String.class));

		assertThat(docs.at("/paths/~1v1~1decisions/post/responses/200/content").toString())
			.contains("#/components/schemas/DecisionResponse");
		assertThat(docs.at("/components/schemas/DecisionResponse/properties/trace").isMissingNode()).isFalse();
	}

}
