package com.offertiming.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Health is public; every other path needs a role, and each API needs its own:
 * <ul>
 * <li>{@code APP}: {@code POST /v1/decisions}, {@code /v1/decisions/batch}, {@code /v1/decisions/{id}/outcomes}</li>
 * <li>{@code ANALYST}: {@code /v1/ruleset/**}, {@code /v1/reports/**}</li>
 * <li>{@code AUDITOR}: reading the trail ({@code GET /v1/decisions/**}, {@code /v1/rules/{rule}/decisions}), replay,
 * {@code /v1/audit/**} (verify, purge)</li>
 * <li>any role: metrics and the other actuator endpoints, the OpenAPI document and Swagger UI</li>
 * </ul>
 * Callers authenticate with an API key ({@code X-API-Key}), or with a JWT bearer token when an issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}), its roles read from the
 * {@code offers.security.roles-claim} claim. No sessions, no cookies, hence no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

	static final String APP = Role.APP.name();

	static final String ANALYST = Role.ANALYST.name();

	static final String AUDITOR = Role.AUDITOR.name();

	@Bean
	ApiKeys apiKeys(SecurityProperties properties, ObjectProvider<JwtDecoder> jwt) {
		// With a JWT issuer, keys are used only when configured: no key file is generated.
		return ApiKeys.load(properties, jwt.getIfAvailable() == null);
	}

	/**
	 * The security filters are not observed one by one. With an observation registry (Actuator's), Spring Security
	 * would wrap each of its filters, and the authorization, in an observation of its own: some ten per request, a
	 * fifth of a dry run's CPU at load (README, "Performance"). Each request is still timed as a whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, JsonMapper json, SecurityProperties properties,
			ObjectProvider<JwtDecoder> jwt) {
		JwtDecoder decoder = jwt.getIfAvailable();
		AccessDenials denials = new AccessDenials(json, decoder != null);
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(denials).accessDeniedHandler(denials))
			.addFilterBefore(new ApiKeyFilter(keys, denials), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				// An error page is rendered for a request that was already authorized (or refused).
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/v1/decisions", "/v1/decisions/batch", "/v1/decisions/*/outcomes")
				.hasRole(APP)
				.requestMatchers(HttpMethod.POST, "/v1/decisions/*/replay").hasRole(AUDITOR)
				.requestMatchers(HttpMethod.GET, "/v1/decisions/*/outcomes").hasAnyRole(APP, AUDITOR)
				.requestMatchers(HttpMethod.GET, "/v1/decisions", "/v1/decisions/**", "/v1/rules/*/decisions")
				.hasRole(AUDITOR)
				.requestMatchers("/v1/audit/**").hasRole(AUDITOR)
				.requestMatchers("/v1/ruleset", "/v1/ruleset/**", "/v1/reports/**").hasRole(ANALYST)
				.requestMatchers("/v1/**").denyAll()
				.anyRequest().authenticated());
		if (decoder != null) {
			JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
			roles.setAuthoritiesClaimName(properties.rolesClaim());
			roles.setAuthorityPrefix("ROLE_");
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(roles);
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(denials)
				.accessDeniedHandler(denials)
				.jwt(token -> token.decoder(decoder).jwtAuthenticationConverter(converter)));
		}
		return http.build();
	}

}
