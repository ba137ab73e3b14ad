package com.offertiming.ruleset;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The rules decisions run on: status, versions and rollback, scenario results, and a check before saving. */
@RestController
@RequestMapping("/v1/ruleset")
class RulesetController {

	record VersionView(String version, Instant archivedAt, int ruleCount, int fileCount, boolean active) {
	}

	record ActiveScenarios(String version, ScenarioReport scenarios) {
	}

	private final ActiveRuleset rules;

	private final RulesetArchive archive;

	private final RulesValidation validation;

	RulesetController(ActiveRuleset rules, RulesetArchive archive, RulesValidation validation) {
		this.rules = rules;
		this.archive = archive;
		this.validation = validation;
	}

	@GetMapping
	RulesetStatus status() {
		return rules.status();
	}

	@GetMapping("/versions")
	List<VersionView> versions() {
		String active = rules.current().version();
		return archive.versions().stream()
			.map(v -> new VersionView(v.version(), v.archivedAt(), v.ruleCount(), v.fileCount(),
					v.version().equals(active)))
			.toList();
	}

	@PostMapping("/versions/{version}/activate")
	RulesetStatus activate(@PathVariable String version) {
		rules.activate(version);
		return rules.status();
	}

	@GetMapping("/scenarios")
	ActiveScenarios scenarios() {
		return new ActiveScenarios(rules.current().version(), rules.scenarios());
	}

	@PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RulesValidation.Report validate(@RequestPart("files") List<MultipartFile> files) {
		RulesValidation.Report report = validation.validate(files);
		if (!report.valid()) {
			throw new RulesFailedValidation(report);
		}
		return report;
	}

}
