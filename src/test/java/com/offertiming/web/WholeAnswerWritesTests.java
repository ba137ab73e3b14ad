package com.offertiming.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// The same settings as UploadLimitsTests, so that both run in one cached context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "offers.rules.directory=src/test/resources/rulesets/minimal",
		"spring.datasource.url=jdbc:sqlite:target/http-limits-${random.uuid}.db" })
class WholeAnswerWritesTests {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void tomcatSendsAnAnswerOfUpTo64KbInOneSocketWrite() {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

		// Read back from the endpoint's socket settings, as text.
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(64 * 1024));
	}

}
