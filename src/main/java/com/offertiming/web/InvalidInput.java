package com.offertiming.web;

/** A request field holds a value the service cannot accept; answered 400 naming the field. */
public class InvalidInput extends RuntimeException {

	private final String field;

	public InvalidInput(String field, String message) {
		super(field + " " + message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
