package io.factline.seed;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Starts the seed import's reading of the seeds folder as soon as Flyway has migrated the database at start-up: it
 * needs no database, so it runs on another core while Hibernate and the HTTP layer start, instead of after them
 * (~0.1-0.2 s of a first start). The import stored last is looked up first: when it came from the same files and
 * build (a plain restart), nothing is read. Without Flyway at start-up, the import reads the folder itself.
 */
@Singleton
class SeedReadAhead implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(SeedReadAhead.class);

    private final SeedImporter importer;

    SeedReadAhead(SeedImporter importer) {
        this.importer = importer;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new AfterMigrate();
        configuration.callbacks(callbacks);
    }

    private final class AfterMigrate implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            // Its query may fail (no seed_import table yet): that must not abort a migration's transaction.
            return false;
        }

        @Override
        public void handle(Event event, Context context) {
            importer.readAhead(storedInputs(context.getConnection()));
        }

        @Override
        public String getCallbackName() {
            return "factline-seed-read-ahead";
        }

        /** The digest the last seed import recorded; null when unknown, and then the folder is read. */
        private static String storedInputs(Connection connection) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT inputs FROM seed_import WHERE name = ?")) {
                select.setString(1, SeedImport.SEEDS);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            } catch (SQLException e) {
                LOG.debugf("No seed import record to compare with (%s): the seeds folder will be read", e.getMessage());
                return null;
            }
        }
    }
}
