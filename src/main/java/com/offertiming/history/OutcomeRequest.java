package com.offertiming.history;

import java.time.OffsetDateTime;

import com.offertiming.facts.Channel;
import com.offertiming.facts.ContactOutcome;
import com.offertiming.facts.OfferType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What became of one offer of a decision. The offer is named by its {@code productId} and {@code type} (a decision
 * makes at most one offer of a product per type). {@code channel} is where the outcome happened; absent, the
 * offer's channel.
 */
record OutcomeRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String productId,
		@NotNull(message = "is required") OfferType type, @NotNull(message = "is required") ContactOutcome outcome,
		@NotNull(message = "is required") OffsetDateTime at, Channel channel) {
}
