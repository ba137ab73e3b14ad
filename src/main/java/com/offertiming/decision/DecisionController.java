package com.offertiming.decision;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/decisions")
class DecisionController {

	private final DecisionService decisions;

	DecisionController(DecisionService decisions) {
		this.decisions = decisions;
	}

	@PostMapping
	DecisionResponse decide(@Valid @RequestBody DecisionRequest request) {
		return decisions.decide(request);
	}

}
