package com.offertiming.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over 1 MiB, or 64 MiB for a batch of decisions (multipart uploads excepted: they have their
 * own limits). A declared length
 * over the limit is refused before reading; a chunked body is cut off when it passes the limit.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

	static final long LIMIT = 1024 * 1024;

	/** A batch holds up to 10,000 requests. */
	static final long BATCH_LIMIT = 64 * LIMIT;

	static final String BATCH_PATH = "/v1/decisions/batch";

	private final JsonMapper mapper;

	BodySizeLimit(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			chain.doFilter(request, response);
			return;
		}
		long limit = BATCH_PATH.equals(request.getRequestURI()) ? BATCH_LIMIT : LIMIT;
		if (request.getContentLengthLong() > limit) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					new BodyTooLarge(limit).getMessage());
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			mapper.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > limit) {
						throw new BodyTooLarge(limit);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > limit) {
						throw new BodyTooLarge(limit);
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
