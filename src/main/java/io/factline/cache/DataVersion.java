package io.factline.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Knows when what the API serves may have changed. Two sources of change:
 * <ul>
 * <li>writes made here: each write transaction calls {@link #recordWrite()}, which increments the database's
 * counter (table data_version) as the transaction's last statement and, once it commits, this instance's
 * generation;</li>
 * <li>writes made by other instances on the same database: a daemon thread reads the counter every
 * {@code factline.cache.poll-interval} and moves the generation on when it changed.</li>
 * </ul>
 * An answer computed at generation g is current while the generation is still g. While the counter cannot be read
 * (the database is down), {@link #current()} is {@link #UNKNOWN} and nothing may be served from memory.
 */
@ApplicationScoped
public class DataVersion {

    public static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final String BUMP = "update data_version set version = version + 1 where id = 1";
    private static final String READ = "select version from data_version where id = 1";

    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final CacheConfig config;
    private volatile boolean known;
    private long lastSeen = Long.MIN_VALUE;
    private ScheduledExecutorService poller;

    DataVersion(EntityManager entityManager, TransactionSynchronizationRegistry transactions, DataSource dataSource,
            CacheConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        poll();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "factline-data-version");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, config.pollInterval().toMillis());
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** This instance's generation, or {@link #UNKNOWN} while the database's counter cannot be read. */
    public long current() {
        return known ? generation.get() : UNKNOWN;
    }

    /** Runs {@code listener} whenever the generation moves on. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Records that the current transaction changes what the API serves. Call it after the transaction's other
     * writes: the counter's row stays locked until the commit, so concurrent writers queue there last, holding
     * nothing else they could wait on each other for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWrite() {
        // The transaction's own writes first, whatever its flush mode, so that the counter's lock is its last.
        entityManager.flush();
        entityManager.createNativeQuery(BUMP).executeUpdate();
        long counter = ((Number) entityManager.createNativeQuery(READ).getSingleResult()).longValue();
        Written written = (Written) transactions.getResource(Written.class);
        if (written == null) {
            written = new Written();
            transactions.putResource(Written.class, written);
            transactions.registerInterposedSynchronization(written);
        }
        written.counter = counter;
    }

    /**
     * The value this transaction left in the counter. Writers take turns on the counter's row, so every write
     * another instance committed before this one left a lower value: once this commits and this instance has moved
     * on, the poller need not move on again for them, nor for this write.
     */
    private final class Written implements Synchronization {

        private long counter;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                synchronized (DataVersion.this) {
                    lastSeen = Math.max(lastSeen, counter);
                }
                advance();
            }
        }
    }

    /** Reads the database's counter; package-visible so that tests need not wait for the poller. */
    synchronized void poll() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(READ)) {
            if (!row.next()) {
                throw new SQLException("the data_version row is missing");
            }
            long version = row.getLong(1);
            boolean changed = version != lastSeen || !known;
            lastSeen = version;
            if (changed) {
                advance();
            }
            known = true;
        } catch (SQLException | RuntimeException e) {
            if (known) {
                LOG.warnf("Cannot read the data version (%s): answers are no longer served from memory",
                        e.getMessage());
            }
            known = false;
        }
    }

    private void advance() {
        generation.incrementAndGet();
        listeners.forEach(Runnable::run);
    }
}
