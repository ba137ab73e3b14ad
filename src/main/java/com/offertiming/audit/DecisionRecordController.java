package com.offertiming.audit;

import com.offertiming.web.TimeRange;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Reading the trail: one decision, a search, an export, where a rule fired, and a replay. */
@RestController
class DecisionRecordController {

	private final DecisionStore store;

	private final TrailExport export;

	private final DecisionReplay replay;

	DecisionRecordController(DecisionStore store, TrailExport export, DecisionReplay replay) {
		this.store = store;
		this.export = export;
		this.replay = replay;
	}

	@GetMapping("/v1/decisions/{decisionId}")
	RecordView decision(@PathVariable String decisionId) {
		return store.byDecisionId(decisionId).map(RecordView::of)
			.orElseThrow(() -> new DecisionNotFound(decisionId));
	}

	@GetMapping("/v1/decisions")
	DecisionPage search(@RequestParam(required = false) String customerId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String rule, @RequestParam(required = false) String offerType,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return search(new DecisionQuery.Params(customerId, from, to, rule, offerType, reason, page, size));
	}

	@GetMapping("/v1/rules/{ruleName}/decisions")
	DecisionPage firedIn(@PathVariable String ruleName, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return search(new DecisionQuery.Params(null, from, to, ruleName, null, null, page, size));
	}

	@GetMapping("/v1/decisions/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		TrailExport.Format chosen = TrailExport.Format.parse(format);
		TimeRange range = TimeRange.parse(from, to);
		return ResponseEntity.ok()
			.contentType(chosen.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
			.body(export.stream(chosen, range));
	}

	@PostMapping("/v1/decisions/{decisionId}/replay")
	DecisionReplay.Outcome replay(@PathVariable String decisionId,
			@RequestParam(required = false) String version) {
		return replay.replay(decisionId, version);
	}

	private DecisionPage search(DecisionQuery.Params params) {
		DecisionQuery query = DecisionQuery.parse(params);
		return DecisionPage.of(query, store.search(query));
	}

}
