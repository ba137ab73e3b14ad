package com.offertiming.web;

import com.offertiming.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads over the multipart limits, and names that leave the rules folder, are refused as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/http-limits-${random.uuid}.db" })
class UploadLimitsTests {

	@LocalServerPort
	private int port;

	@Test
	void anUploadOverTheFileLimitIs413() {
		ResponseEntity<String> response = upload("offers/big.drl.xlsx", new byte[5 * 1024 * 1024 + 64 * 1024]);

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("max-file-size");
	}

	@Test
	void aFileNameThatLeavesTheRulesFolderIsNamedAndRefused() {
		ResponseEntity<String> response = upload("../../etc/evil.drl", "package x;".getBytes());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).contains("\"field\":\"files[0]\"").contains("relative path inside");
	}

	private ResponseEntity<String> upload(String name, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("files", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return TestKeys.client(port).post().uri("/v1/ruleset/validate").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts).retrieve().onStatus(status -> true, (request, response) -> {
			}).toEntity(String.class);
	}

}
