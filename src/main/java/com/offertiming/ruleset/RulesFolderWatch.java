package com.offertiming.ruleset;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.offertiming.ruleset.RulesetStatus.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Puts a saved change to the rules folder live without a restart, by polling the content hash of its rule and scenario
 * files ({@code offers.rules.watch-interval}, default 500 ms). Polling rather than {@code java.nio} WatchService,
 * because WatchService watches one folder (each subfolder, including new ones, must be registered), delivers nothing
 * for folders shared over the network or mounted into a container, which is where analysts' saves often land, and
 * turns one Excel save (write a temporary file, rename, delete) into a burst of events that needs the same debounce
 * anyway. Hashing a folder of workbooks takes milliseconds.
 * <p>
 * A change is loaded once the hash has held still across two polls, so a file still being written is not read half
 * way; if it is (a slow writer pausing), it does not compile, is not activated, and the finished file is a new change.
 */
@Component
class RulesFolderWatch implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulesFolderWatch.class);

	private final ActiveRuleset rules;

	private final RulesetProperties properties;

	private ScheduledExecutorService poller;

	/** The hash last loaded, and the one seen at the last poll. Only the poller thread touches them. */
	private String loaded;

	private String seen;

	RulesFolderWatch(ActiveRuleset rules, RulesetProperties properties) {
		this.rules = rules;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!properties.watch() || poller != null) {
			return;
		}
		poller = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "rules-watch");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.watchInterval().toMillis();
		poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
		log.info("Watching {} for rule changes every {} ms", properties.directory().toAbsolutePath(), interval);
	}

	@Override
	public synchronized void stop() {
		if (poller != null) {
			poller.shutdownNow();
			poller = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return poller != null;
	}

	private void poll() {
		try {
			String now = RuleFiles.fingerprint(properties.directory());
			if (now.equals(loaded) || !now.equals(seen)) {
				seen = now;
				return;
			}
			loaded = now;
			rules.loadFolder(Trigger.FOLDER_CHANGE);
		}
		catch (RuntimeException ex) {
			// A file deleted or locked mid-read: the next poll sees the folder as it settles.
			log.warn("Could not check the rules folder {}: {}", properties.directory(), ex.toString());
		}
	}

}
