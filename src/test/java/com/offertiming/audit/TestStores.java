package com.offertiming.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

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
