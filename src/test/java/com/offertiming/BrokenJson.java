package com.offertiming;

import java.util.Random;

/** For fuzz tests: now and then a JSON text cut short or with one character broken, otherwise the text as it is. */
public final class BrokenJson {

	private BrokenJson() {
	}

	public static String sometimes(String text, Random random) {
		return switch (random.nextInt(25)) {
			case 0 -> text.substring(0, random.nextInt(text.length()));
			case 1 -> {
				StringBuilder broken = new StringBuilder(text);
				broken.setCharAt(random.nextInt(text.length()), "{}[]\",:x0".charAt(random.nextInt(9)));
				yield broken.toString();
			}
			default -> text;
		};
	}

}
