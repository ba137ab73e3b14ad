package com.offertiming.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.offertiming.facts.Event;
import com.offertiming.facts.EventType;
import com.offertiming.facts.Focus;
import com.offertiming.facts.Offer;
import com.offertiming.facts.Scope;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.util.PortablePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import static org.assertj.core.api.Assertions.assertThat;

class KieModuleCacheTests {

	@TempDir
	Path cache;

	private final RuleFiles files = new RuleFiles(Map.of("offers/checkout.drl.xlsx", TestWorkbooks.checkoutOffers(
			List.<String[]>of(new String[] { "TvGetsAStand", "A TV needs a stand", "CHECKOUT", "TV-55", "TV-STAND" }))));

	@Test
	void aVersionBuiltOnceIsLoadedFromTheCacheAndDecidesTheSame() throws Exception {
		Ruleset built = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);
		assertThat(Files.list(cache)).singleElement()
			.satisfies(entry -> assertThat(entry.getFileName().toString()).startsWith(files.version()));

		Ruleset loaded = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);

		assertThat(offers(loaded)).isEqualTo(offers(built)).containsExactly("TV-STAND");
		assertThat(loaded.sources()).isEqualTo(built.sources());
		built.dispose();
		loaded.dispose();
	}

	@Test
	void anEntryThatCannotBeLoadedIsDroppedAndTheVersionBuilt() throws Exception {
		Ruleset built = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);
		Path entry = Files.list(cache).findFirst().orElseThrow();
		Files.write(entry, new byte[] { 1, 2, 3 });

		Ruleset rebuilt = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);

		assertThat(offers(rebuilt)).containsExactly("TV-STAND");
		assertThat(Files.size(entry)).isGreaterThan(3);
		built.dispose();
		rebuilt.dispose();
	}

	@Test
	void anEntryFromBeforeTheRulesSourcesWereKeptIsBuiltAgainAndKeepsThem() throws Exception {
		Ruleset built = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);
		Path entry = Files.list(cache).findFirst().orElseThrow();
		MemoryFileSystem older = MemoryFileSystem.readFromJar(Files.readAllBytes(entry));
		older.remove(PortablePath.of("META-INF/offer-timing/rule-sources.json"));
		Files.write(entry, older.writeAsBytes());

		Ruleset rebuilt = new RulesetCompiler(Clock.systemUTC(), new KieModuleCache(cache)).compile(files);

		assertThat(rebuilt.sources()).isEqualTo(built.sources());
		assertThat(MemoryFileSystem.readFromJar(Files.readAllBytes(entry))
			.existsFile(PortablePath.of("META-INF/offer-timing/rule-sources.json"))).isTrue();
		built.dispose();
		rebuilt.dispose();
	}

	private static List<String> offers(Ruleset ruleset) {
		KieSession session = ruleset.openSession();
		try {
			session.insert(new Event(EventType.CHECKOUT, null, true, List.of("TV-55"), null, null));
			session.insert(new Focus("TV-55", Scope.EVENT));
			session.getAgenda().getAgendaGroup("offers").setFocus();
			session.fireAllRules();
			return session.getObjects(Offer.class::isInstance).stream()
				.map(offer -> ((Offer) offer).candidate().productId())
				.toList();
		}
		finally {
			session.dispose();
		}
	}

}
