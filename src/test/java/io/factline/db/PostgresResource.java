package io.factline.db;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application under test at a fresh database of the tests' PostgreSQL cluster. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "factline_test";

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.freshDatabase(DATABASE),
                "quarkus.datasource.username", PostgresServer.SUPERUSER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The cluster lives as long as the JVM: other test classes of the same run reuse it.
    }
}
