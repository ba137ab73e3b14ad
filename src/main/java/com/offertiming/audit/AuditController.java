package com.offertiming.audit;

import com.offertiming.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Checking the chain, and purging what the retention no longer keeps. */
@RestController
@RequestMapping("/v1/audit")
class AuditController {

	private final ChainVerification verification;

	private final TrailRetention retention;

	AuditController(ChainVerification verification, TrailRetention retention) {
		this.verification = verification;
		this.retention = retention;
	}

	/** The chain's state, whole or for the records recorded in [from, to); a broken chain is still a 200 report. */
	@GetMapping("/verify")
	ChainVerification.Report verify(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return verification.verify(TimeRange.parse(from, to));
	}

	@PostMapping("/purge")
	TrailRetention.PurgeReport purge() {
		return retention.purgeExpired();
	}

}
