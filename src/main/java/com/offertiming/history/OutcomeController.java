package com.offertiming.history;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What became of the offers of a decision: 201 for a new outcome, 200 for a repeat of one already stored. */
@RestController
@RequestMapping("/v1/decisions/{decisionId}/outcomes")
class OutcomeController {

	private final Outcomes outcomes;

	OutcomeController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@PostMapping
	ResponseEntity<Outcomes.OutcomeView> record(@PathVariable String decisionId,
			@Valid @RequestBody OutcomeRequest request) {
		Outcomes.Recorded recorded = outcomes.record(decisionId, request);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded.outcome());
	}

	@GetMapping
	Outcomes.DecisionOutcomes list(@PathVariable String decisionId) {
		return outcomes.of(decisionId);
	}

}
