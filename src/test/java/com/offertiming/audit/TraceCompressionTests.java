package com.offertiming.audit;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.stream.Stream;

import net.jpountz.lz4.LZ4Factory;

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
		assertThat(TraceCompression.decompress(TraceCompression.compress(JsonText.of(TRACE)))).hasToString(TRACE);
		assertThat(TraceCompression.decompress(TraceCompression.compress(JsonText.of("")))).hasToString("");
	}

	@Test
	void tracesAreCompressedByLz4sOwnCodeAlsoWhenLoadedAsInThePackagedJar() throws Exception {
		assertThat(TraceCompression.compressorInUse()).isEqualTo("LZ4JNICompressor");
		// The packaged jar loads the application and its libraries through a class loader of its own, not the
		// system one; this loader stands in for it.
		URL[] classpath = Stream.of(TraceCompression.class, LZ4Factory.class)
			.map(type -> type.getProtectionDomain().getCodeSource().getLocation())
			.toArray(URL[]::new);
		try (URLClassLoader loader = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
			Method inUse = Class.forName(TraceCompression.class.getName(), true, loader)
				.getDeclaredMethod("compressorInUse");
			inUse.setAccessible(true); // package-private, and another loader's package
			assertThat(inUse.invoke(null)).isEqualTo("LZ4JNICompressor");
		}
	}

	@Test
	void aRepetitiveTraceIsStoredInFewerBytes() {
		String trace = TRACE.repeat(20);
		assertThat(TraceCompression.compress(JsonText.of(trace)).length).isLessThan(trace.length() / 4);
	}

	@Test
	void damagedBytesAreRefusedNotReadAsAnotherTrace() {
		byte[] packed = TraceCompression.compress(JsonText.of(TRACE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TraceCompression.decompress(Arrays.copyOf(packed, packed.length - 5)));
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(new byte[] { 1, 2 }));
		byte[] garbage = new byte[40];
		Arrays.fill(garbage, (byte) 0x7f);
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(garbage));
	}

	@Test
	void aHugeStatedLengthIsRefusedBeforeAnythingIsAllocated() {
		byte[] packed = TraceCompression.compress(JsonText.of(TRACE));
		packed[3] = 0x7f;
		assertThatIllegalArgumentException().isThrownBy(() -> TraceCompression.decompress(packed))
			.withMessageContaining("states a length of");
	}

}
