package com.offertiming.web;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat takes one context-wide lock for each filter it maps to a request, so only filters that do something here
 * are mapped: no WebSocket filter (no endpoint), no form-content filter (no form body on PUT, PATCH or DELETE).
 */
// The same settings as UploadLimitsTests, so that both run in one cached context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/http-limits-${random.uuid}.db" })
class RequestFiltersTests {

	@Autowired
	private ServletContext servletContext;

	@Test
	void noRequestPassesTheWebSocketOrFormContentFilters() {
		assertThat(servletContext.getFilterRegistrations())
			.containsKeys("bodySizeLimit", "webMvcObservationFilter", "springSecurityFilterChain")
			.doesNotContainKeys("Tomcat WebSocket (JSR356) Filter", "formContentFilter");
	}

}
