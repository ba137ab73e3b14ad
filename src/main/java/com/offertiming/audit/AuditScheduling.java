package com.offertiming.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention purge on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
