package com.offertiming.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.offertiming.audit.TestStores;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class PreparedPerConnectionTests {

	private final PreparedPerConnection query = new PreparedPerConnection("SELECT x FROM t WHERE y = ?");

	private final DataSource pool = mock(DataSource.class);

	/** What the pool hands out, wrapping {@link #connection}. */
	private final Connection pooled = mock(Connection.class);

	private final Connection connection = mock(Connection.class);

	/** The pool hands out {@link #pooled} every time. */
	private void onePooledConnection() throws SQLException {
		given(pool.getConnection()).willReturn(pooled);
		given(pooled.unwrap(Connection.class)).willReturn(connection);
	}

	@Test
	void aQueryIsPreparedOnceOnAConnectionAndRunAgainThere() throws SQLException {
		onePooledConnection();
		PreparedStatement statement = mock(PreparedStatement.class);
		given(connection.prepareStatement(anyString())).willReturn(statement);
		given(statement.executeQuery()).willReturn(mock(ResultSet.class));

		for (int i = 0; i < 3; i++) {
			query.query(pool, new Object[] { i }, rs -> {
			});
		}

		verify(connection, times(1)).prepareStatement(anyString());
		verify(statement).setObject(1, 0);
		verify(statement).setObject(1, 2);
		verify(statement, never()).close();
		verify(pooled, times(3)).close();
	}

	@Test
	void aConnectionThePoolClosedIsForgottenWhenAnotherIsFirstUsed() throws SQLException {
		Connection first = mock(Connection.class);
		Connection second = mock(Connection.class);
		Connection retired = connectionWithStatement();
		Connection replacement = connectionWithStatement();
		given(pool.getConnection()).willReturn(first, second);
		given(first.unwrap(Connection.class)).willReturn(retired);
		given(second.unwrap(Connection.class)).willReturn(replacement);

		query.query(pool, new Object[] { 1 }, rs -> {
		});
		given(retired.isClosed()).willReturn(true);
		query.query(pool, new Object[] { 1 }, rs -> {
		});

		assertThat(query.preparedOn()).isEqualTo(1);
	}

	@Test
	void aReadLeavesNoSnapshotOpenThatWouldHoldBackSqlitesCheckpoints() throws SQLException {
		try (HikariDataSource sqlite = sqlitePool("prepared-per-connection-tests", 2)) {
			try (Connection writer = sqlite.getConnection(); Statement sql = writer.createStatement()) {
				sql.execute("CREATE TABLE t (x INTEGER, y INTEGER)");
				sql.execute("INSERT INTO t VALUES (1, 1), (2, 1)");
				PreparedPerConnection read = new PreparedPerConnection("SELECT x FROM t WHERE y = ? ORDER BY x");
				List<Long> seen = new ArrayList<>();
				read.query(sqlite, new Object[] { 1 }, rs -> seen.add(rs.getLong(1)));
				read.query(sqlite, new Object[] { 1 }, rs -> seen.add(rs.getLong(1)));
				assertThat(seen).containsExactly(1L, 2L, 1L, 2L);

				sql.execute("INSERT INTO t VALUES (3, 1)");
				try (ResultSet checkpoint = sql.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
					assertThat(checkpoint.getInt(1)).as("busy: a reader still holds the log").isZero();
				}
			}
		}
	}

	@Test
	void aStatementThatFailedIsClosedAndPreparedAfreshForTheNextUse() throws SQLException {
		onePooledConnection();
		PreparedStatement failed = mock(PreparedStatement.class);
		PreparedStatement fresh = mock(PreparedStatement.class);
		given(connection.prepareStatement(anyString())).willReturn(failed, fresh);
		given(failed.executeBatch()).willThrow(new SQLException("disk I/O error"));
		given(fresh.executeBatch()).willReturn(new int[] { 1 });
		PreparedPerConnection insert = new PreparedPerConnection("INSERT INTO t (x) VALUES (?)");

		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> insert.batch(pool, List.<Object[]>of(new Object[] { 1 }, new Object[] { 2 })));
		insert.batch(pool, List.<Object[]>of(new Object[] { 3 }));

		verify(failed).close();
		verify(fresh, times(1)).addBatch();
		verify(fresh).setObject(1, 3);
		verify(pooled, times(2)).close();
	}

	@Test
	void statementsRunInTheCallersTransactionAndStayPreparedForTheNext() throws SQLException {
		try (HikariDataSource sqlite = sqlitePool("prepared-per-connection-transactions", 1)) {
			try (Connection setUp = sqlite.getConnection(); Statement sql = setUp.createStatement()) {
				sql.execute("CREATE TABLE t (x INTEGER)");
			}
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(sqlite));
			PreparedPerConnection insert = new PreparedPerConnection("INSERT INTO t (x) VALUES (?)");
			PreparedPerConnection count = new PreparedPerConnection("SELECT COUNT(*) FROM t WHERE x >= ?");
			List<Long> counted = new ArrayList<>();

			transaction.executeWithoutResult(status -> {
				unchecked(() -> insert.batch(sqlite, List.<Object[]>of(new Object[] { 1 }, new Object[] { 2 })));
				unchecked(() -> count.query(sqlite, new Object[] { 0 }, rs -> counted.add(rs.getLong(1))));
				status.setRollbackOnly();
			});
			unchecked(() -> count.query(sqlite, new Object[] { 0 }, rs -> counted.add(rs.getLong(1))));
			transaction.executeWithoutResult(status -> unchecked(() -> insert.update(sqlite, 3)));
			unchecked(() -> count.query(sqlite, new Object[] { 0 }, rs -> counted.add(rs.getLong(1))));

			assertThat(counted).as("seen inside the transaction, rolled back with it, then committed")
				.containsExactly(2L, 0L, 1L);
			assertThat(insert.preparedOn()).isEqualTo(1);
		}
	}

	/** A pool of {@code size} connections to a fresh SQLite file in WAL mode, as the service's store. */
	private static HikariDataSource sqlitePool(String name, int size) {
		HikariDataSource sqlite = new HikariDataSource();
		sqlite.setJdbcUrl("jdbc:sqlite:" + TestStores.freshSqlite(name) + "?journal_mode=WAL&busy_timeout=100");
		sqlite.setMaximumPoolSize(size);
		return sqlite;
	}

	private interface SqlWork {

		void run() throws SQLException;

	}

	private static void unchecked(SqlWork work) {
		try {
			work.run();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection connectionWithStatement() throws SQLException {
		Connection connection = mock(Connection.class);
		PreparedStatement statement = mock(PreparedStatement.class);
		given(connection.prepareStatement(anyString())).willReturn(statement);
		given(statement.executeQuery()).willReturn(mock(ResultSet.class));
		return connection;
	}

}
