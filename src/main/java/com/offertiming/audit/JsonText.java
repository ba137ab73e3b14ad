package com.offertiming.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON text held as its UTF-8 bytes: a record's trace, which the decision is written in once (as the bytes its
 * caller gets), is hashed and compressed from, and is read back into, without being turned into a String and back.
 * Immutable; equal to another with the same bytes.
 */
public final class JsonText {

	private final byte[] utf8;

	private JsonText(byte[] utf8) {
		this.utf8 = utf8;
	}

	public static JsonText of(String text) {
		return new JsonText(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A copy of {@code length} bytes of {@code utf8} from {@code offset}, which must be UTF-8. */
	public static JsonText ofUtf8(byte[] utf8, int offset, int length) {
		return new JsonText(Arrays.copyOfRange(utf8, offset, offset + length));
	}

	/** Takes the array, which no one else may change: for bytes this package has just decompressed. */
	static JsonText adopting(byte[] utf8) {
		return new JsonText(utf8);
	}

	/** The bytes themselves, for this package's hash and compression, which only read them. */
	byte[] utf8() {
		return utf8;
	}

	/**
	 * The length of the text in Java chars (UTF-16 code units), as {@code toString().length()} counts it: an ASCII
	 * byte is a char, a continuation byte (10xxxxxx) none, a lead byte one, and the lead of a 4-byte sequence
	 * (11110xxx) two, a surrogate pair.
	 */
	int charLength() {
		int chars = 0;
		for (byte b : utf8) {
			if (b >= 0) {
				chars++;
			}
			else if (b >= (byte) 0xC0) {
				chars += b >= (byte) 0xF0 ? 2 : 1;
			}
		}
		return chars;
	}

	@Override
	public String toString() {
		return new String(utf8, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof JsonText text && Arrays.equals(utf8, text.utf8);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(utf8);
	}

}
