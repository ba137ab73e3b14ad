package com.offertiming.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service decides many requests at once on one ruleset, each in a session of its own. Sessions share the ruleset's
 * compiled rules, so whatever a session keeps must be its own: Drools' thread-unsafe sessions, tried for speed, keep
 * each rule's consequence state in the rule itself and failed about one decision in seven thousand this way.
 */
class ConcurrentDecisionsTests {

	private static final int THREADS = 4;

	private static final int ROUNDS = 60;

	private final List<DecisionRequest> requests = BenchRequests.requests(JsonMapper.builder().build());

	@Test
	void decisionsRunningAtOnceAnswerAsTheyDoOneAtATime() throws Exception {
		List<String> alone = requests.stream().map(ConcurrentDecisionsTests::decided).toList();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> runs = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				runs.add(threads.submit(() -> {
					List<String> differing = new ArrayList<>();
					for (int round = 0; round < ROUNDS; round++) {
						for (int i = 0; i < requests.size(); i++) {
							if (!decided(requests.get(i)).equals(alone.get(i))) {
								differing.add(requests.get(i).requestId());
							}
						}
					}
					return differing;
				}));
			}
			for (Future<List<String>> run : runs) {
				assertThat(run.get()).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Everything the rules decided; the decision's id is new each time. */
	private static String decided(DecisionRequest request) {
		try {
			DecisionResponse decision = ShippedRules.decide(request);
			return List.of(decision.profile(), decision.offers(), decision.actions(), decision.suppressed(),
					decision.trace()).toString();
		}
		catch (RuntimeException ex) {
			return ex.toString();
		}
	}

}
