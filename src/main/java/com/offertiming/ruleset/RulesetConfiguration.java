package com.offertiming.ruleset;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesetConfiguration {

	@Bean
	RulesetCompiler rulesetCompiler(Clock clock, RulesetProperties properties) {
		return new RulesetCompiler(clock, properties.cacheDirectory() == null ? KieModuleCache.NONE
				: new KieModuleCache(properties.cacheDirectory()),
				new RuleLimits(properties.maxFirings(), properties.maxDecisionTime()));
	}

}
