package com.offertiming.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Serialises the decisions of one customer from "read history" to "record committed", so that two decisions at the
 * same moment cannot both pass a cap of one. In the process: a fixed array of striped locks (customers share a
 * stripe by hash; nothing grows with the number of customers). Across replicas sharing PostgreSQL: a session
 * advisory lock on {@code hashtext(customerId)}, taken on a connection of a small pool of its own and held until the
 * lock is released (after the trail's writer committed the record), so lock holders never take the connections the
 * writer needs. On SQLite (one process per file) the striped locks are the whole guard.
 */
@Component
public class CustomerLocks implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CustomerLocks.class);

	/** A held customer lock; closing it releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	private final ReentrantLock[] stripes;

	private final HistoryProperties properties;

	private final HikariDataSource advisory;

	CustomerLocks(HistoryProperties properties, Environment environment) {
		this.properties = properties;
		this.stripes = new ReentrantLock[Math.max(1, properties.lockStripes())];
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new ReentrantLock();
		}
		String url = environment.getProperty("spring.datasource.url", "");
		this.advisory = url.startsWith("jdbc:postgresql:") ? advisoryPool(url, environment) : null;
	}

	private HikariDataSource advisoryPool(String url, Environment environment) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("customer-locks");
		config.setJdbcUrl(url);
		config.setUsername(environment.getProperty("spring.datasource.username"));
		config.setPassword(environment.getProperty("spring.datasource.password"));
		config.setMaximumPoolSize(properties.lockPoolSize());
		config.setMinimumIdle(1);
		config.setConnectionTimeout(Math.max(250, properties.lockTimeout().toMillis()));
		config.setInitializationFailTimeout(-1);
		config.setConnectionInitSql("SET lock_timeout = " + properties.lockTimeout().toMillis());
		return new HikariDataSource(config);
	}

	/** Waits (at most the lock timeout) for the customer's lock; 503 when it is not had in time. */
	public Held lock(String customerId) {
		ReentrantLock stripe = stripes[Math.floorMod(spread(customerId.hashCode()), stripes.length)];
		try {
			if (!stripe.tryLock(properties.lockTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CustomerBusy("Another decision for this customer is still running; retry", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CustomerBusy("Interrupted while waiting for the customer's lock; retry", ex);
		}
		if (advisory == null) {
			return stripe::unlock;
		}
		Connection connection = null;
		try {
			connection = advisory.getConnection();
			advisory(connection, "SELECT pg_advisory_lock(hashtext(?))", customerId);
		}
		catch (SQLException | RuntimeException ex) {
			release(connection);
			stripe.unlock();
			throw new CustomerBusy("The customer's lock could not be taken in the database; retry", ex);
		}
		Connection held = connection;
		return () -> {
			try {
				advisory(held, "SELECT pg_advisory_unlock(hashtext(?))", customerId);
				held.close();
			}
			catch (SQLException | RuntimeException ex) {
				// A connection that may still hold the lock never goes back to the pool: closing it ends its session.
				log.warn("Could not release the advisory lock of a customer; dropping its connection", ex);
				advisory.evictConnection(held);
			}
			finally {
				stripe.unlock();
			}
		};
	}

	private void release(Connection connection) {
		if (connection != null) {
			advisory.evictConnection(connection);
		}
	}

	private static void advisory(Connection connection, String sql, String customerId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, customerId);
			statement.execute();
		}
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	@Override
	public void destroy() {
		if (advisory != null) {
			advisory.close();
		}
	}

}
