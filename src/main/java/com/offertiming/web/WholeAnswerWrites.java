package com.offertiming.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat writes to a socket through a buffer of 8 KB by default, so a decision's answer with its trace (12 KB on
 * average over the bench mix, up to 32 KB) left in up to four system calls, and its client woke for each. A buffer of
 * 64 KB sends a whole answer in one (README "Performance").
 */
@Component
class WholeAnswerWrites implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final int SOCKET_WRITE_BUFFER = 64 * 1024;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER))) {
				throw new IllegalStateException("Tomcat no longer takes socket.appWriteBufSize");
			}
		});
	}

}
