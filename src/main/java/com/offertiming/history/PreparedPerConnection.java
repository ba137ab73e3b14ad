package com.offertiming.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * One query, prepared once on each connection of the pool and run again there. SQLite compiles a statement when it
 * is prepared, and neither sqlite-jdbc (xerial/sqlite-jdbc#614) nor the pool keeps prepared statements, so without
 * this the history query would be compiled again on every decision: about two thirds of the read's CPU (README
 * "Performance"). The statement is prepared on the pool's own connection, under the pool's wrapper, so that the pool
 * does not close it when the connection goes back; it is dropped with its connection when the pool retires it.
 */
final class PreparedPerConnection {

	private final String sql;

	private final Map<Connection, PreparedStatement> prepared = new ConcurrentHashMap<>();

	PreparedPerConnection(String sql) {
		this.sql = sql;
	}

	/** Runs the query with the values bound in order, handing each row to {@code rows}. */
	void query(DataSource dataSource, Object[] values, RowCallbackHandler rows) throws SQLException {
		try (Connection pooled = dataSource.getConnection()) {
			PreparedStatement statement = statementOn(pooled.unwrap(Connection.class));
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.processRow(rs);
				}
			}
		}
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
