package io.factline.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.factline.db.PostgresServer;

/**
 * Writes the class-data archive of the PostgreSQL build ({@code target/quarkus-app-pg/app-cds.jsa}) as
 * {@link ClassDataTraining} does for the H2 build, on a throwaway cluster of Debian's PostgreSQL server started as
 * the tests start theirs. Run by {@code ./mvnw package -Ppostgresql}.
 */
public final class PostgresClassDataTraining {

    private PostgresClassDataTraining() {
    }

    /** Arguments: the PostgreSQL application's folder (target/quarkus-app-pg) and the seeds folder (seeds). */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app-pg").toAbsolutePath();
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds").toAbsolutePath();
        PostgresServer server = PostgresServer.startNew();
        try {
            ClassDataTraining.train(app, Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    server.freshDatabase("appcds_training"), "QUARKUS_DATASOURCE_USERNAME", PostgresServer.SUPERUSER,
                    "QUARKUS_DATASOURCE_PASSWORD", "", "FACTLINE_SEEDS_DIR", seeds.toString()));
        } finally {
            server.stop();
        }
    }
}
