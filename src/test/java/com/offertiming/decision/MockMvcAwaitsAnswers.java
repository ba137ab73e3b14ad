package com.offertiming.decision;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc returns when the handler does, but a stored decision is answered later, by the thread that commits it
 * ({@link AnswersAtCommit}). This filter, found by the application's component scan in every test context that
 * serves requests, holds a MockMvc request until its asynchronous answer is complete, so a test reads the whole
 * answer. Requests to a real server pass straight through.
 */
@Component
class MockMvcAwaitsAnswers extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WebUtils.getNativeRequest(request, MockHttpServletRequest.class) == null) {
			chain.doFilter(request, response);
			return;
		}
		CountDownLatch completed = new CountDownLatch(1);
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public AsyncContext startAsync(ServletRequest asyncRequest, ServletResponse asyncResponse) {
				AsyncContext async = super.startAsync(asyncRequest, asyncResponse);
				async.addListener(new AsyncListener() {

					@Override
					public void onComplete(AsyncEvent event) {
						completed.countDown();
					}

					@Override
					public void onTimeout(AsyncEvent event) {
					}

					@Override
					public void onError(AsyncEvent event) {
					}

					@Override
					public void onStartAsync(AsyncEvent event) {
					}

				});
				return async;
			}

		}, response);
		try {
			// Spring MVC's own asynchronous requests (a streamed batch) are MockMvc's to dispatch: only ours wait.
			boolean ours = request.isAsyncStarted()
					&& !WebAsyncUtils.getAsyncManager(request).isConcurrentHandlingStarted();
			if (ours && !completed.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The request was not answered within 30 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for an answer", ex);
		}
	}

}
