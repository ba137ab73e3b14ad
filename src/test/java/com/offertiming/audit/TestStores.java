package com.offertiming.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The stores tests run on: a fresh SQLite file under target/ per test class, or a fresh schema of the PostgreSQL at
 * 127.0.0.1:5432 (trust auth, database {@code test}) dropped after the class. PostgreSQL must be there: a test that
 * cannot reach it fails rather than skips.
 */
public final class TestStores {

	public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String POSTGRES_USER = "postgres";

	private TestStores() {
	}

	static void sqlite(DynamicPropertyRegistry registry, String name) {
		Path file = freshSqlite(name);
		registry.add("offers.store.file", file::toString);
	}

	/** target/NAME.db, deleted if an earlier run left it. */
	public static Path freshSqlite(String name) {
		Path file = Path.of("target", name + ".db");
		try {
			Files.createDirectories(file.getParent());
			for (String suffix : new String[] { "", "-wal", "-shm" }) {
				Files.deleteIfExists(Path.of(file + suffix));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** Creates a schema of its own for the calling test class and points the application at it. */
	static String postgres(DynamicPropertyRegistry registry) {
		String schema = newPostgresSchema();
		registry.add("spring.datasource.url",
				() -> POSTGRES + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
		registry.add("spring.datasource.username", () -> POSTGRES_USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
		return schema;
	}

	/** Creates a schema of its own for the caller, to drop with {@link #dropPostgres}, and answers its name. */
	public static String newPostgresSchema() {
		String schema = "trail_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
			.toLowerCase(Locale.ROOT);
		execute("CREATE SCHEMA " + schema);
		return schema;
	}

	public static void dropPostgres(String schema) {
		execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	/** The plan SQLite gives the statement on a fresh store migrated to the latest version. */
	public static String sqlitePlan(String name, String statement) throws SQLException {
		String url = "jdbc:sqlite:" + freshSqlite(name);
		Flyway.configure().dataSource(url, null, null).load().migrate();
		try (Connection connection = DriverManager.getConnection(url)) {
			return String.join("\n", lastColumn(connection, "EXPLAIN QUERY PLAN " + statement));
		}
	}

	/**
	 * The plan PostgreSQL gives the statement on a fresh schema migrated to the latest version, asked for as if its
	 * tables were large: an empty table is cheapest to scan whole.
	 */
	public static String postgresPlan(String statement) throws SQLException {
		String schema = newPostgresSchema();
		try {
			String url = POSTGRES + "?currentSchema=" + schema;
			Flyway.configure().dataSource(url, POSTGRES_USER, "").schemas(schema).load().migrate();
			try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
					Statement settings = connection.createStatement()) {
				settings.execute("SET enable_seqscan = off");
				return String.join("\n", lastColumn(connection, "EXPLAIN " + statement));
			}
		}
		finally {
			dropPostgres(schema);
		}
	}

	/** The value of the last column of each row the query gives. */
	static List<String> lastColumn(Connection connection, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				values.add(rows.getString(columns));
			}
		}
		return values;
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(POSTGRES, POSTGRES_USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES + " is needed by the storage tests ("
					+ "start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", ex);
		}
	}

}
