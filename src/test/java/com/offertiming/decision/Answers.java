package com.offertiming.decision;

import tools.jackson.databind.json.JsonMapper;

/** Reads an answer back as the decision object, for tests that look into it. */
final class Answers {

	private Answers() {
	}

	/** The decision as a caller reads it: the answer's JSON, parsed. */
	static DecisionResponse decision(JsonMapper json, DecisionAnswer answer) {
		return json.readValue(answer.json(), DecisionResponse.class);
	}

}
