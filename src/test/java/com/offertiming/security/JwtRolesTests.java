package com.offertiming.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a JWT decoder (what {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} gives), a bearer token's roles
 * claim decides. The decoder here stands in for the issuer: it knows two tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/jwt-tests-${random.uuid}.db", "offers.security.roles-claim=groups" })
class JwtRolesTests {

	@TestConfiguration
	static class Issuer {

		@Bean
		JwtDecoder jwtDecoder() {
			return token -> switch (token) {
				case "analyst-token" -> jwt(token, "ANALYST");
				case "app-token" -> jwt(token, "APP");
				default -> throw new BadJwtException("not a token of ours");
			};
		}

		private static Jwt jwt(String token, String role) {
			return new Jwt(token, Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "none"),
					Map.of("sub", role.toLowerCase() + "@example.test", "groups", List.of(role)));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void theRolesClaimGrantsTheRole() throws Exception {
		mvc.perform(get("/v1/ruleset").header("Authorization", "Bearer analyst-token")).andExpect(status().isOk());
	}

	@Test
	void aTokenWithAnotherRoleIsForbidden() throws Exception {
		mvc.perform(get("/v1/ruleset").header("Authorization", "Bearer app-token")).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownTokenIsUnauthorized() throws Exception {
		mvc.perform(get("/v1/ruleset").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void configuredApiKeysStillWork() throws Exception {
		mvc.perform(get("/v1/ruleset").header("X-API-Key", com.offertiming.TestKeys.ANALYST))
			.andExpect(status().isOk());
	}

}
