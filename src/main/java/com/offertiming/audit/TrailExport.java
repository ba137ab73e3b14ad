package com.offertiming.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.offertiming.web.InvalidInput;
import com.offertiming.web.Csv;
import com.offertiming.web.TimeRange;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of any range as CSV or JSON Lines, a page of records at a time, so an export of millions of
 * records holds no more than one page in memory.
 */
@Service
class TrailExport {

	enum Format {

		CSV(new MediaType("text", "csv", StandardCharsets.UTF_8)), JSONL(MediaType.APPLICATION_NDJSON);

		final MediaType mediaType;

		Format(MediaType mediaType) {
			this.mediaType = mediaType;
		}

		static Format parse(String value) {
			if (value == null || value.isBlank()) {
				return CSV;
			}
			return Stream.of(values()).filter(format -> format.name().equalsIgnoreCase(value)).findFirst()
				.orElseThrow(() -> new InvalidInput("format", "must be csv or jsonl"));
		}

		String fileName() {
			return "decisions." + name().toLowerCase(Locale.ROOT);
		}

	}

	static final List<String> CSV_HEADER = List.of("seq", "decisionId", "requestId", "customerId", "rulesetVersion",
			"decidedAt", "recordedAt", "offers", "actions", "suppressed", "profile", "request", "trace", "prevHash",
			"hash");

	private final DecisionStore store;

	private final JsonMapper json;

	TrailExport(DecisionStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	StreamingResponseBody stream(Format format, TimeRange range) {
		return out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			if (format == Format.CSV) {
				writer.write(csvLine(CSV_HEADER));
			}
			try {
				store.forEachDecidedIn(range, page -> write(writer, format, page));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			writer.flush();
		};
	}

	private void write(Writer writer, Format format, List<DecisionRecord> page) {
		try {
			for (DecisionRecord record : page) {
				writer.write(format == Format.CSV ? csvLine(csvCells(record))
						: json.writeValueAsString(RecordView.of(record)) + "\n");
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> csvCells(DecisionRecord record) {
		DecisionEntry entry = record.entry();
		return List.of(Long.toString(record.seq()), entry.decisionId(), nullToEmpty(entry.requestId()),
				entry.customerId(), entry.rulesetVersion(), entry.decidedAt().toString(),
				record.recordedAt().toString(), entry.offers(), entry.actions(), entry.suppressed(), entry.profile(),
				entry.request(),
				entry.trace() == null ? "UNREADABLE: " + RecordView.TRACE_UNREADABLE : entry.trace().toString(),
				record.prevHash(), record.hash());
	}

	static String csvLine(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\n"));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
