package com.offertiming.history;

import com.offertiming.web.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPIs per rule, moment and offer type, as JSON or (format=csv, or Accept: text/csv) as CSV. */
@RestController
class EffectivenessController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Effectiveness effectiveness;

	EffectivenessController(Effectiveness effectiveness) {
		this.effectiveness = effectiveness;
	}

	@GetMapping("/v1/reports/effectiveness")
	ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		boolean csv;
		if (format == null || format.isBlank()) {
			csv = accept != null && accept.contains("text/csv");
		}
		else if (format.equals("csv") || format.equals("json")) {
			csv = format.equals("csv");
		}
		else {
			throw new InvalidInput("format", "must be csv or json");
		}
		Effectiveness.Report report = effectiveness.report(from, to);
		if (csv) {
			return ResponseEntity.ok().contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"effectiveness.csv\"")
				.body(Effectiveness.csv(report));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
	}

}
