package com.offertiming.web;

import java.io.IOException;

/** The request body is over the limit; answered 413. */
class BodyTooLarge extends IOException {

	BodyTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
