package com.offertiming.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request without credentials, or with wrong ones, with a 401 problem, and one whose role may not use the
 * endpoint with a 403 problem; each is logged as an access event on the {@code offers.access} logger with the
 * principal, its roles, the method and path (never the query, headers or body), and the outcome.
 */
final class AccessDenials implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final Logger access = LoggerFactory.getLogger("offers.access");

	private final JsonMapper json;

	private final String challenge;

	AccessDenials(JsonMapper json, boolean bearer) {
		this.json = json;
		this.challenge = "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"" + (bearer ? ", Bearer" : "");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail = ex instanceof InvalidApiKey ? "The API key is not valid"
				: request.getHeader(HttpHeaders.AUTHORIZATION) != null ? "The bearer token is not valid"
						: "Authentication is required: send an API key in the " + ApiKeyFilter.HEADER
								+ " header (or a bearer token where the service accepts them)";
		access.warn("access outcome=DENIED status=401 principal=anonymous roles=[] method={} path={} reason=\"{}\"",
				request.getMethod(), request.getRequestURI(), detail);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		String principal = who == null ? "anonymous" : who.getName();
		List<String> roles = roles(who);
		access.warn("access outcome=DENIED status=403 principal={} roles={} method={} path={}", principal, roles,
				request.getMethod(), request.getRequestURI());
		write(request, response, HttpStatus.FORBIDDEN,
				"The role " + roles + " may not " + request.getMethod() + " " + request.getRequestURI());
	}

	static List<String> roles(Authentication who) {
		return who == null ? List.of()
				: who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** A key was sent, and it is none of ours. */
	static final class InvalidApiKey extends AuthenticationException {

		InvalidApiKey() {
			super("The API key is not valid");
		}

	}

}
