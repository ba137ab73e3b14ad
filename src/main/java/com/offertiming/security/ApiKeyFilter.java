package com.offertiming.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code X-API-Key} header: a known key gives its role, an unknown one a 401 at once.
 * A request without the header passes on unauthenticated, for a bearer token or the public endpoints. Not a bean, so
 * that it runs inside the security chain only.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final AccessDenials denials;

	ApiKeyFilter(ApiKeys keys, AccessDenials denials) {
		this.keys = keys;
		this.denials = denials;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		ApiKeys.Known known = keys.match(presented);
		if (known == null) {
			SecurityContextHolder.clearContext();
			denials.commence(request, response, new AccessDenials.InvalidApiKey());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"api-key:" + known.role() + ":" + known.name(), null,
				List.of(new SimpleGrantedAuthority(known.role().authority()))));
		SecurityContextHolder.setContext(context);
		if (AccessDenials.access.isDebugEnabled()) {
			AccessDenials.access.debug("access outcome=AUTHENTICATED principal=api-key:{}:{} roles=[{}] method={} path={}",
					known.role(), known.name(), known.role(), request.getMethod(), request.getRequestURI());
		}
		chain.doFilter(request, response);
	}

}
