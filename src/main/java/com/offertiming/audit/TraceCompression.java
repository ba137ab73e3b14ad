package com.offertiming.audit;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4CompressorWithLength;
import net.jpountz.lz4.LZ4DecompressorWithLength;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;

/**
 * The stored form of a record's trace: its UTF-8 text as one LZ4 block, after the text's length (4 bytes, little
 * endian). The trace is most of a record (10.6 of 12.8 KB in the bench mix) and repeats itself, so LZ4 shrinks it
 * about fourfold for some 5-7 us, which the request threads pay, and the trail's single writer, whose work follows
 * the bytes it writes, stores a quarter of them. The chain's hashes cover the text, not this form.
 */
final class TraceCompression {

	/** LZ4 expands a block at most about 255-fold: a longer stated length means the bytes were damaged or edited. */
	private static final long MAX_RATIO = 255;

	private static final LZ4Compressor CODE = nativeOrJava();

	private static final LZ4CompressorWithLength COMPRESSOR = new LZ4CompressorWithLength(CODE);

	/** The Java port on every platform: stored bytes may have been damaged, and it checks every bound it reads. */
	private static final LZ4DecompressorWithLength DECOMPRESSOR = new LZ4DecompressorWithLength(
			LZ4Factory.safeInstance().safeDecompressor());

	private TraceCompression() {
	}

	static byte[] compress(JsonText trace) {
		return COMPRESSOR.compress(trace.utf8());
	}

	/**
	 * LZ4's own C code, bundled with lz4-java for the common platforms, else its Java port. Not
	 * {@code LZ4Factory.fastestInstance()}: that takes the C code only when lz4-java was loaded by the system class
	 * loader, which in the packaged jar it is not, so the service compressed with the Java port at three times the
	 * CPU (17 against 6 us a trace on one thread; docs/performance-log.md, eleventh session).
	 */
	private static LZ4Compressor nativeOrJava() {
		try {
			return LZ4Factory.nativeInstance().fastCompressor();
		}
		catch (LinkageError | AssertionError ex) {
			// No bundled library for this platform, or it would not load: lz4-java reports either as an error.
			return LZ4Factory.safeInstance().fastCompressor();
		}
	}

	/** Which code compresses: the class name of lz4-java's compressor. */
	static String compressorInUse() {
		return CODE.toString();
	}

	/** The trace text, or an {@link IllegalArgumentException} when the bytes are not a block this class wrote. */
	static JsonText decompress(byte[] packed) {
		try {
			int length = LZ4DecompressorWithLength.getDecompressedLength(packed);
			if (length < 0 || length > MAX_RATIO * packed.length) {
				throw new IllegalArgumentException("states a length of " + length + " bytes for " + packed.length
						+ " bytes of LZ4");
			}
			return JsonText.adopting(DECOMPRESSOR.decompress(packed));
		}
		catch (LZ4Exception | ArrayIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("is not an LZ4 block: " + ex.getMessage(), ex);
		}
	}

}
