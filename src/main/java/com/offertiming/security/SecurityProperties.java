package com.offertiming.security;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service. {@code apiKeys}: the accepted API keys, each as the SHA-256 hex of the key and the one
 * role it grants ({@code offers.security.api-keys[0].role=APP}, {@code offers.security.api-keys[0].hash=...}). When
 * none are configured (and no JWT issuer is), the first start generates one key per role into {@code keysFile},
 * readable by its owner only, and later starts read the hashes back from it. {@code rolesClaim}: the JWT claim that
 * lists a token's roles, when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri})
 * makes the service a resource server.
 */
@ConfigurationProperties("offers.security")
public record SecurityProperties(List<ApiKey> apiKeys,
		@DefaultValue("offer-timing-api-keys.txt") Path keysFile, @DefaultValue("roles") String rolesClaim) {

	public SecurityProperties {
		apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
	}

	/** One accepted key: its SHA-256 as 64 hex digits (never the key itself), and the role it grants. */
	public record ApiKey(Role role, String hash) {
	}

}
