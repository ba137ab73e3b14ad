package com.offertiming.ruleset;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what opening a workbook may cost, set once for POI (which reads every workbook here, Drools' decision
 * table compiler included): an entry that inflates more than 100 times (a zip bomb), an entry over 64 MiB, more than
 * 1,000 entries, or a text over 10 million characters is refused before it is expanded. A rule file larger than
 * {@link #MAX_FILE_BYTES} is refused before it is read at all.
 */
public final class WorkbookLimits {

	/** The largest rule or scenario file read from the rules folder; uploads are bounded by the multipart limits. */
	public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(1000);
		ZipSecureFile.setMaxTextSize(10_000_000);
	}

	private WorkbookLimits() {
	}

	/** Makes sure the limits are set; call before opening a workbook (the first call sets them). */
	public static void apply() {
		// The static initializer did the work.
	}

}
