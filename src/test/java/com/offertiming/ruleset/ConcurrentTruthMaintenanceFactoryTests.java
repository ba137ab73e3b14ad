package com.offertiming.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.drools.kiesession.entrypoints.NamedEntryPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** Drools takes its truth maintenance from the concurrent factory, one per entry point as its own does. */
class ConcurrentTruthMaintenanceFactoryTests {

	private static Ruleset ruleset;

	@BeforeAll
	static void compile() {
		// Any rule base gives sessions with entry points: the smallest one, not the shipped rules.
		ruleset = new RulesetCompiler(Clock.systemUTC())
			.compile(RuleFiles.read(Path.of("src/test/resources/rulesets/minimal")));
	}

	@AfterAll
	static void dispose() {
		ruleset.dispose();
	}

	@Test
	void droolsUsesTheConcurrentFactory() {
		assertThat(TruthMaintenanceSystemFactory.get()).isInstanceOf(ConcurrentTruthMaintenanceFactory.class);
	}

	@Test
	void entryPointsKeepObjectIdentity() throws NoSuchMethodException {
		// The factory's map compares entry points with equals and hashCode, where Drools' own compares identities.
		assertThat(NamedEntryPoint.class.getMethod("equals", Object.class).getDeclaringClass()).isEqualTo(Object.class);
		assertThat(NamedEntryPoint.class.getMethod("hashCode").getDeclaringClass()).isEqualTo(Object.class);
	}

	@Test
	void eachEntryPointKeepsItsOwnTruthMaintenanceUntilCleared() {
		ConcurrentTruthMaintenanceFactory factory = new ConcurrentTruthMaintenanceFactory();
		KieSession first = ruleset.openSession();
		KieSession second = ruleset.openSession();
		try {
			InternalWorkingMemoryEntryPoint one = (InternalWorkingMemoryEntryPoint) first.getEntryPoint("DEFAULT");
			InternalWorkingMemoryEntryPoint other = (InternalWorkingMemoryEntryPoint) second.getEntryPoint("DEFAULT");
			TruthMaintenanceSystem kept = factory.getOrCreateTruthMaintenanceSystem(one);

			assertThat(factory.getOrCreateTruthMaintenanceSystem(one)).isSameAs(kept);
			assertThat(factory.getOrCreateTruthMaintenanceSystem(other)).isNotSameAs(kept);
			factory.clearTruthMaintenanceSystem(one);
			assertThat(factory.getEntryPointsMapSize()).isEqualTo(1);
			assertThat(factory.getOrCreateTruthMaintenanceSystem(one)).isNotSameAs(kept);
		}
		finally {
			List.of(first, second).forEach(KieSession::dispose);
		}
	}

}
