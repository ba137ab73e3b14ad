package com.offertiming.history;

import java.util.Arrays;

import com.offertiming.facts.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactHistoryQueryTests {

	@Test
	void theHistoryQueryLeavesOutEveryInboundChannelAndNoOutboundOne() {
		Arrays.stream(Channel.values()).forEach(channel -> assertThat(ContactHistory.QUERY)
			.as(channel.name())
			.matches(query -> query.contains("\"channel\":\"" + channel.name() + "\"") != channel.isOutbound()));
	}

}
