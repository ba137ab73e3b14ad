package com.offertiming.decision;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The bytes of an answer being written, readable in place: parts of it are cut out as the trail's entry. */
final class AnswerBuffer extends ByteArrayOutputStream {

	/** Room for a decision of the bench mix (12.4 KB on average) without growing. */
	AnswerBuffer() {
		super(16 * 1024);
	}

	/**
	 * Where a property's value begins, given where its name ended: after the name-value separator and any whitespace
	 * a pretty printer put around it.
	 */
	int valueStart(int afterName) {
		int at = afterName;
		while (at < count && (buf[at] == ':' || buf[at] == ' ' || buf[at] == '\t' || buf[at] == '\n'
				|| buf[at] == '\r')) {
			at++;
		}
		return at;
	}

	String text(int from, int to) {
		return new String(buf, from, to - from, StandardCharsets.UTF_8);
	}

	byte[] bytes() {
		return buf;
	}

}
