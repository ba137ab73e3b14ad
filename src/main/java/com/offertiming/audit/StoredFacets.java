package com.offertiming.audit;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facets of a stored record, read back from its JSON: for the decisions in the index's tail that this replica
 * did not store itself (another replica's, or its own before a restart). A part that cannot be read (a damaged
 * record, which verify names) gives no facets, so that it cannot stop the index, or the writer, from going on.
 */
final class StoredFacets {

	private StoredFacets() {
	}

	/** {@code trace} may be null: a stored trace that could not be decompressed. */
	static Facets of(String offers, String suppressed, JsonText trace) {
		return new Facets(trace == null ? Set.of() : names(trace.toString(), "rule"), names(offers, "type"),
				names(suppressed, "reason"));
	}

	/** The text of {@code field} of each element of the JSON array, in order, each once. */
	private static Set<String> names(String array, String field) {
		Set<String> names = new LinkedHashSet<>();
		try {
			JsonNode parsed = JsonMapper.shared().readTree(array);
			if (parsed.isArray()) {
				parsed.values().forEach(element -> {
					JsonNode name = element.get(field);
					if (name != null && name.isString()) {
						names.add(name.asString());
					}
				});
			}
		}
		catch (JacksonException ex) {
			// Damaged: indexed by its other facets only.
		}
		return names;
	}

}
