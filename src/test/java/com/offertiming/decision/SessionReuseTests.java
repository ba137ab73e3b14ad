package com.offertiming.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.offertiming.ruleset.RuleFiles;
import com.offertiming.ruleset.Ruleset;
import com.offertiming.ruleset.RulesetCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are reused from one decision to the next: a reused session must decide exactly as a new one does, trace
 * included (a Drools 10.2 reset alone would let every row of an ACTIVATION-GROUP table fire).
 */
class SessionReuseTests {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	/** A ruleset of this test's own, decided on one thread, so it never holds more than one idle session. */
	private static Ruleset ruleset;

	private static final List<DecisionRequest> requests = BenchRequests.requests(mapper);

	@BeforeAll
	static void compile() {
		ruleset = new RulesetCompiler(Clock.systemUTC()).compile(RuleFiles.read(ShippedRules.FOLDER));
	}

	@AfterAll
	static void dispose() {
		ruleset.dispose();
	}

	@Test
	void aReusedSessionDecidesEveryRequestOfTheMixAsANewSessionDoes() {
		List<JsonNode> reused = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			reused.clear();
			requests.forEach(request -> reused.add(decide(request)));
		}
		for (int i = 0; i < requests.size(); i++) {
			KieSession idle = ruleset.openSession(); // held aside, so the decision has to open a new session
			JsonNode fresh = decide(requests.get(i));
			ruleset.closeSession(idle, false);
			assertThat(reused.get(i)).as(requests.get(i).requestId()).isEqualTo(fresh);
		}
	}

	/** The decision as JSON, without its random id. */
	private static JsonNode decide(DecisionRequest request) {
		ObjectNode json = (ObjectNode) mapper.valueToTree(
				DecisionEngine.decide(ruleset, request, request.event().at().toInstant()));
		json.remove("decisionId");
		return json;
	}

}
