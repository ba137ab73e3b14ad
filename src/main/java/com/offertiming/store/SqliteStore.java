package com.offertiming.store;

import org.springframework.core.env.Environment;

/**
 * Whether the service stores on SQLite, its embedded default, rather than PostgreSQL: the two differ in what pays to
 * prepare once (SQLite compiles a statement when it is prepared; PostgreSQL's driver keeps statements itself).
 */
public final class SqliteStore {

	private SqliteStore() {
	}

	public static boolean configured(Environment environment) {
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:sqlite:");
	}

}
