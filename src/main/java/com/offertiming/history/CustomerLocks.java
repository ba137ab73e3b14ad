package com.offertiming.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 * writer needs. On SQLite (one process per file) the striped locks are the whole guard. A lock is released by whichever
 * thread completes the decision's commit, so the stripes are semaphores (a lock belongs to no thread), and the
 * advisory unlock, a round trip to the database, runs on a thread of its own so the trail's writer never waits on it.
 */
@Component
public class CustomerLocks implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CustomerLocks.class);

	/** A held customer lock; closing it (once, from any thread) releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	private final Semaphore[] stripes;

	private final HistoryProperties properties;

	private final HikariDataSource advisory;

	private final ExecutorService unlocks;

	CustomerLocks(HistoryProperties properties, Environment environment) {
		this.properties = properties;
		this.stripes = new Semaphore[Math.max(1, properties.lockStripes())];
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new Semaphore(1);
		}
		String url = environment.getProperty("spring.datasource.url", "");
		this.advisory = url.startsWith("jdbc:postgresql:") ? advisoryPool(url, environment) : null;
		this.unlocks = advisory == null ? null : Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "customer-unlocks");
			thread.setDaemon(true);
			return thread;
		});
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
		Semaphore stripe = stripes[Math.floorMod(spread(customerId.hashCode()), stripes.length)];
		try {
			if (!stripe.tryAcquire(properties.lockTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CustomerBusy("Another decision for this customer is still running; retry", null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CustomerBusy("Interrupted while waiting for the customer's lock; retry", ex);
		}
		if (advisory == null) {
			return stripe::release;
		}
		Connection connection = null;
		try {
			connection = advisory.getConnection();
			advisory(connection, "SELECT pg_advisory_lock(hashtext(?))", customerId);
		}
		catch (SQLException | RuntimeException ex) {
			release(connection);
			stripe.release();
			throw new CustomerBusy("The customer's lock could not be taken in the database; retry", ex);
		}
		Connection held = connection;
		return () -> {
			try {
				unlocks.execute(() -> unlock(held, customerId, stripe));
			}
			catch (RejectedExecutionException stopping) {
				unlock(held, customerId, stripe);
			}
		};
	}

	private void unlock(Connection held, String customerId, Semaphore stripe) {
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
			stripe.release();
		}
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
	public void destroy() throws InterruptedException {
		if (advisory != null) {
			// The unlocks queued before closing the pool still run; the pool's close ends any session left holding one.
			unlocks.shutdown();
			unlocks.awaitTermination(properties.lockTimeout().toMillis(), TimeUnit.MILLISECONDS);
			advisory.close();
		}
	}

}
