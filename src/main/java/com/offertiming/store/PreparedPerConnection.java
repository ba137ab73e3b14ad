package com.offertiming.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One statement, prepared once on each connection of the pool and run again there. SQLite compiles a statement when
 * it is prepared, and neither sqlite-jdbc (xerial/sqlite-jdbc#614) nor the pool keeps prepared statements, so without
 * this a statement run on every decision would be compiled again each time: about two thirds of the history read's
 * CPU, a quarter of the trail writer's at 1,000 decisions/s (README "Performance"). The statement is prepared on the
 * pool's own connection, under the pool's wrapper, so that the pool does not close it when the connection goes back;
 * it is dropped with its connection when the pool retires it.
 * <p>
 * It runs on the connection of the caller's Spring transaction when there is one, else on a connection of its own
 * from the pool, given back at once.
 */
public final class PreparedPerConnection {

	private final String sql;

	private final Map<Connection, PreparedStatement> prepared = new ConcurrentHashMap<>();

	public PreparedPerConnection(String sql) {
		this.sql = sql;
	}

	/** Runs the query with the values bound in order, handing each row to {@code rows}. */
	public void query(DataSource dataSource, Object[] values, RowCallbackHandler rows) throws SQLException {
		run(dataSource, statement -> {
			try (ResultSet rs = bound(statement, values).executeQuery()) {
				while (rs.next()) {
					rows.processRow(rs);
				}
			}
			return null;
		});
	}

	/** Runs the statement with the values bound in order; answers the rows it changed. */
	public int update(DataSource dataSource, Object... values) throws SQLException {
		return run(dataSource, statement -> bound(statement, values).executeUpdate());
	}

	/** Runs the statement once for each row of values, as one batch. */
	public void batch(DataSource dataSource, List<Object[]> rows) throws SQLException {
		run(dataSource, statement -> {
			for (Object[] values : rows) {
				bound(statement, values).addBatch();
			}
			return statement.executeBatch();
		});
	}

	public String sql() {
		return sql;
	}

	private interface Use<T> {

		T on(PreparedStatement statement) throws SQLException;

	}

	/**
	 * Runs the use on the connection's statement. A statement that failed is closed and prepared afresh next time, so
	 * that nothing a failure left in it (a half-added batch, a query not reset) reaches the next use.
	 */
	private <T> T run(DataSource dataSource, Use<T> use) throws SQLException {
		Connection pooled = DataSourceUtils.doGetConnection(dataSource);
		try {
			Connection connection = pooled.unwrap(Connection.class);
			PreparedStatement statement = statementOn(connection);
			try {
				return use.on(statement);
			}
			catch (SQLException | RuntimeException ex) {
				prepared.remove(connection, statement);
				closeQuietly(statement);
				throw ex;
			}
		}
		finally {
			DataSourceUtils.doReleaseConnection(pooled, dataSource);
		}
	}

	private static PreparedStatement bound(PreparedStatement statement, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		return statement;
	}

	/** The connection's statement; a connection is used by one thread at a time, and so is its statement. */
	private PreparedStatement statementOn(Connection connection) throws SQLException {
		PreparedStatement statement = prepared.get(connection);
		if (statement != null && !statement.isClosed()) {
			return statement;
		}
		// A new connection: forget those the pool has closed since (it replaces each within its lifetime).
		prepared.keySet().removeIf(PreparedPerConnection::isClosed);
		statement = connection.prepareStatement(sql);
		prepared.put(connection, statement);
		return statement;
	}

	private static void closeQuietly(PreparedStatement statement) {
		try {
			statement.close();
		}
		catch (SQLException ex) {
			// Already failed: the caller sees the first failure, and the statement is not used again.
		}
	}

	/** How many connections hold the statement now. */
	int preparedOn() {
		return prepared.size();
	}

	private static boolean isClosed(Connection connection) {
		try {
			return connection.isClosed();
		}
		catch (SQLException ex) {
			return true;
		}
	}

}
