package com.offertiming.web;

/** CSV for exports that people open in spreadsheets. */
public final class Csv {

	private Csv() {
	}

	/**
	 * One RFC 4180 cell. A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
	 * return) is prefixed with an apostrophe, so that opening an export never runs what a caller put in a request.
	 */
	public static String cell(String value) {
		String cell = value;
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
			cell = '"' + cell.replace("\"", "\"\"") + '"';
		}
		return cell;
	}

}
