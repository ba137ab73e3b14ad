package com.offertiming;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * The API keys the tests use, one per role, configured (as hashes) in {@code src/test/resources/config/application.properties}.
 * {@link #client(int)} sends, on each request, the key of the role that endpoint needs, as a caller in that role
 * would; {@code SecurityTests} checks the roles themselves.
 */
public final class TestKeys {

	public static final String HEADER = "X-API-Key";

	public static final String APP = "test-app-key";

	public static final String ANALYST = "test-analyst-key";

	public static final String AUDITOR = "test-auditor-key";

	private TestKeys() {
	}

	/** A client of the service on this port that authenticates every request in the role its endpoint needs. */
	public static RestClient client(int port) {
		return RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestInterceptor(byEndpoint()).build();
	}

	public static ClientHttpRequestInterceptor byEndpoint() {
		return (request, body, execution) -> {
			if (!request.getHeaders().containsHeader(HEADER)) {
				request.getHeaders().set(HEADER, keyFor(request.getMethod(), request.getURI().getPath()));
			}
			return execution.execute(request, body);
		};
	}

	/** MockMvc: the key of the role each request's endpoint needs, unless the request names one. */
	public static RequestPostProcessor forEndpoint() {
		return request -> {
			if (request.getHeader(HEADER) == null) {
				request.addHeader(HEADER, keyFor(HttpMethod.valueOf(request.getMethod()), request.getRequestURI()));
			}
			return request;
		};
	}

	/** Import into a MockMvc test whose requests should all be made in the role their endpoint needs. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class EveryRequestInItsRole {

		@Bean
		MockMvcBuilderCustomizer keysForEveryRequest() {
			return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(forEndpoint()));
		}

	}

	/** MockMvc: the APP key. */
	public static RequestPostProcessor app() {
		return key(APP);
	}

	public static RequestPostProcessor analyst() {
		return key(ANALYST);
	}

	public static RequestPostProcessor auditor() {
		return key(AUDITOR);
	}

	public static RequestPostProcessor key(String key) {
		return request -> {
			request.addHeader(HEADER, key);
			return request;
		};
	}

	static String keyFor(HttpMethod method, String path) {
		if (path.startsWith("/v1/ruleset") || path.startsWith("/v1/reports")) {
			return ANALYST;
		}
		boolean app = path.endsWith("/outcomes") || HttpMethod.POST.equals(method)
				&& (path.equals("/v1/decisions") || path.equals("/v1/decisions/batch"));
		return app ? APP : AUDITOR;
	}

}
