package com.offertiming.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * An upload refused for its size is read to its end (up to {@code server.tomcat.max-swallow-size}) before the 413 is
 * sent, so the client gets the problem instead of a connection reset mid-upload; a larger one is cut off.
 */
@Component
class AbortedUploads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
	}

}
