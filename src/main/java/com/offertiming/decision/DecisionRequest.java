package com.offertiming.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.ContactType;
import com.offertiming.facts.CustomerKind;
import com.offertiming.facts.EventType;
import com.offertiming.facts.Sentiment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One customer at one moment, as an application posts it (DOMAIN.md section 5). Only {@code customer.id} and
 * {@code event.type} are required; an absent value means "unknown" and never lets an offer through.
 */
public record DecisionRequest(@Size(max = 200, message = "must be at most 200 characters") String requestId,
		Boolean dryRun,
		@NotNull(message = "is required") @Valid Customer customer,
		@Size(max = 1000, message = "must hold at most 1000 holdings") List<@NotNull @Valid Holding> holdings,
		@NotNull(message = "is required") @Valid Event event,
		@Size(max = 1000, message = "must hold at most 1000 contacts") List<@NotNull @Valid Contact> contactHistory) {

	static final long MAX_AMOUNT = 1_000_000_000_000L;

	static final long MAX_COUNT = 1_000_000_000L;

	public record Customer(@NotBlank(message = "is required") @Size(max = 200) String id, CustomerKind kind,
			LocalDate since,
			@Min(value = 0, message = "must be between 0 and 10") @Max(value = 10,
					message = "must be between 0 and 10") Integer nps,
			Boolean marketingConsent,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_AMOUNT) Long budget,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_COUNT) Integer openComplaints,
			Boolean fullyCovered, @Valid Purchases purchases) {
	}

	public record Purchases(LocalDate lastAt,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_COUNT) Integer count12m,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_AMOUNT) Long spend12m,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_COUNT) Integer totalCount,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_AMOUNT) Long totalSpend, LocalDate firstAt) {
	}

	public record Holding(@NotBlank(message = "is required") @Size(max = 100) String productId, LocalDate since,
			Boolean trial, LocalDate renewsOn, @Valid Usage usage,
			@PositiveOrZero(message = "must not be negative") @Max(MAX_AMOUNT) Long price) {
	}

	public record Usage(@PositiveOrZero(message = "must not be negative") @Max(value = MAX_COUNT,
			message = "is above any sane bound") Long used,
			@Positive(message = "must be positive") @Max(value = MAX_COUNT,
					message = "is above any sane bound") Long limit) {
	}

	public record Event(@NotNull(message = "is required") EventType type, OffsetDateTime at, Channel channel,
			@Size(max = 100, message = "must hold at most 100 products") List<@NotBlank @Size(max = 100) String> productIds,
			Sentiment sentiment, @Size(max = 200, message = "must be at most 200 characters") String topic) {
	}

	public record Contact(@NotNull(message = "is required") OffsetDateTime at, @Size(max = 100) String productId,
			ContactType offerType, Channel channel, ContactOutcome outcome) {
	}

	boolean isDryRun() {
		return Boolean.TRUE.equals(dryRun);
	}

}
