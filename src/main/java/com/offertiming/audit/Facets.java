package com.offertiming.audit;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a decision is searched by, read from its stored JSON (so the index always agrees with the record): the rules
 * that fired ({@code trace[].rule}), the offer types made ({@code offers[].type}) and the reasons candidates were
 * suppressed ({@code suppressed[].reason}).
 */
record Facets(Set<String> rules, Set<String> offerTypes, Set<String> reasons) {

	static Facets of(DecisionEntry entry, JsonMapper json) {
		return new Facets(values(json, entry.trace(), "rule"), values(json, entry.offers(), "type"),
				values(json, entry.suppressed(), "reason"));
	}

	private static Set<String> values(JsonMapper json, String array, String field) {
		Set<String> values = new LinkedHashSet<>();
		for (JsonNode element : json.readTree(array)) {
			JsonNode value = element.get(field);
			if (value != null && value.isString()) {
				values.add(value.asString());
			}
		}
		return values;
	}

}
