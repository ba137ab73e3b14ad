package com.offertiming.audit;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTests {

	@Test
	void itsLengthInCharsIsTheStringsForEveryWidthOfUtf8() {
		for (String text : new String[] { "", "[]", "{\"nps\":3}", "día é ü", "不満のある顧客", "🙂 and 𝄞",
				"mixed: a é 不 🙂 z" }) {
			assertThat(JsonText.of(text).charLength()).as(text).isEqualTo(text.length());
		}
	}

	@Test
	void aSliceOfBytesIsCopiedAndReadsAsItsText() {
		byte[] answer = "{\"trace\":[\"不満🙂\"]}".getBytes(StandardCharsets.UTF_8);
		int from = "{\"trace\":".length();
		JsonText trace = JsonText.ofUtf8(answer, from, answer.length - from - 1);
		answer[from] = 'x';

		assertThat(trace).hasToString("[\"不満🙂\"]").isEqualTo(JsonText.of("[\"不満🙂\"]"));
		assertThat(trace.hashCode()).isEqualTo(JsonText.of("[\"不満🙂\"]").hashCode());
	}

}
