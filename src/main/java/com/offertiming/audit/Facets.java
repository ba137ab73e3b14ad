package com.offertiming.audit;

import java.util.Set;

/**
 * What a decision is searched by: the rules that fired, the offer types made and the reasons candidates were
 * suppressed. The deciding side reads them off the same decision it stores as JSON ({@code trace[].rule},
 * {@code offers[].type}, {@code suppressed[].reason}), so the index agrees with the record without parsing it again.
 */
public record Facets(Set<String> rules, Set<String> offerTypes, Set<String> reasons) {
}
