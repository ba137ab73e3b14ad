package com.offertiming;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OfferTimingApplication {

	public static void main(String[] args) {
		SpringApplication.run(OfferTimingApplication.class, args);
	}

}
