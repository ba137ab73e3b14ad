package com.offertiming.audit;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TraceCompressionTests {

	private static final String TRACE = """
			[{"rule":"DetractorGetsNurture","description":"不満のある顧客には提案せず、フォローする",\
			"customer":{"id":"C-1","nps":3}},{"rule":"DetractorGetsNurture","description":\
			"不満のある顧客には提案せず、フォローする","customer":{"id":"C-1","nps":3}}]""";

	@Test
	void aTraceComesBackAsTheSameTextIncludingJapanese() {
		assertThat(TraceCompression.decompress(TraceCompression.compress(TRACE))).isEqualTo(TRACE);
		assertThat(TraceCompression.decompress(TraceCompression.compress(""))).isEmpty();
	}

	@Test
	void aRepetitiveTraceIsStoredInFewerBytes() {
		String trace = TRACE.repeat(20);
		assertThat(TraceCompression.compress(trace).length).isLessThan(trace.length() / 4);
	}

	@Test
	void damagedBytesAreRefusedNotReadAsAnotherTrace() {
		byte[] packed = TraceCompression.compress(TRACE);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TraceCompression.decompress(Arrays.copyOf(packed, packed.length - 5)));
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(new byte[] { 1, 2 }));
		byte[] garbage = new byte[40];
		Arrays.fill(garbage, (byte) 0x7f);
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(garbage));
	}

	@Test
	void aHugeStatedLengthIsRefusedBeforeAnythingIsAllocated() {
		byte[] packed = TraceCompression.compress(TRACE);
		packed[3] = 0x7f;
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(packed))
			.withMessageContaining("states a length of");
	}

}
