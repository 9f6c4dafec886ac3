package io.factline.ops;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.factline.db.PostgresServer;

/**
 * Writes the class-data archive of the packaged application ({@code target/quarkus-app/app-cds.jsa}): runs the jar
 * once with {@code -XX:ArchiveClassesAtExit} on a throwaway database with the seeds, sends it the requests an
 * instance serves (every format, errors, an extraction), and stops it; the JVM then archives every class it loaded
 * and linked. {@code java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar ...} maps them instead of
 * loading, parsing and verifying them one by one: start-up in about half the time. The PostgreSQL build
 * ({@code target/quarkus-app-pg}) is trained the same way on a throwaway PostgreSQL cluster. The build runs both
 * after packaging ({@code -Dappcds.skip} leaves them out); an archive only fits the JVM that wrote it, and a JVM
 * that finds it does not fit says so and starts without it. With the application on JDK 25 or later
 * ({@code -Dfactline.app.java=/path/to/jdk-25/bin/java}, as the benchmark does when one is installed) it writes that
 * JDK's ahead-of-time cache, {@code app.aot}, instead.
 */
public final class ClassDataTraining {

    private static final List<String> READS = List.of("/events?from=2023-02&to=2023-02", "/events?limit=500",
            "/events?q=Bakhmut&place=Bakhmout", "/events/bakhmut-shelling", "/events?format=timelinejs&lang=en",
            "/events?format=csv", "/events?format=ics", "/events?format=geojson", "/events?format=jsonld",
            "/events?updatedSince=2020-01-01T00:00:00Z", "/sources", "/sources/001_b5e0b783de3c455c",
            "/sources/001_b5e0b783de3c455c/text", "/embed?lang=fr", "/q/openapi", "/q/health/live", "/q/metrics",
            "/events?from=2023-13", "/events/no-such-event", "/no/such/path");

    private ClassDataTraining() {
    }

    /**
     * Arguments: the packaged application's folder (target/quarkus-app), the seeds folder (seeds), and
     * {@code postgresql} for the PostgreSQL build (target/quarkus-app-pg), which is trained on a throwaway cluster
     * of Debian's PostgreSQL server (as the tests start one); without that server its archive is left out, with a
     * message, and the build goes on.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app").toAbsolutePath();
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds").toAbsolutePath();
        boolean postgresql = args.length > 2 && "postgresql".equals(args[2]);
        Path work = app.resolveSibling(app.getFileName() + "-training");
        boolean aheadOfTime = aheadOfTime();
        Path archive = app.resolve(aheadOfTime ? "app.aot" : "app-cds.jsa");
        Files.deleteIfExists(archive);
        if (!postgresql) {
            train(app, archive, aheadOfTime, Map.of("FACTLINE_DATA_DIR", work.resolve("data").toString(),
                    "FACTLINE_SEEDS_DIR", seeds.toString()), work);
            return;
        }
        if (!PostgresServer.installed()) {
            System.out.println("class-data archive: no PostgreSQL server installed, so none for " + app
                    + " (it starts without one)");
            return;
        }
        PostgresServer server = PostgresServer.startNew();
        try {
            train(app, archive, aheadOfTime, Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                    server.freshDatabase("appcds_training"), "QUARKUS_DATASOURCE_USERNAME", PostgresServer.SUPERUSER,
                    "QUARKUS_DATASOURCE_PASSWORD", "", "FACTLINE_SEEDS_DIR", seeds.toString()), work);
        } finally {
            server.stop();
        }
    }

    /**
     * Whether the JVM that runs the application ({@link AppProcess#java()}: this one, or the one named by
     * {@code -Dfactline.app.java}) writes an ahead-of-time cache (JDK 25 and later, JEP 483 and 514: classes loaded
     * and linked, and method profiles) instead of a dynamic class-data archive.
     */
    static boolean aheadOfTime() {
        return featureVersion(AppProcess.java()) >= 25;
    }

    /** The feature version of the JDK whose {@code bin/java} is {@code java}, from its {@code release} file. */
    static int featureVersion(String java) {
        try {
            for (String line : Files.readAllLines(Path.of(java).toRealPath().getParent().resolveSibling("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Runtime.Version.parse(line.substring("JAVA_VERSION=".length()).replace("\"", "")).feature();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot tell which Java " + java + " is from its JDK's release file: "
                    + "factline.app.java must name a JDK's bin/java", e);
        }
        throw new IllegalStateException("no JAVA_VERSION in the release file of " + java);
    }

    /** Runs the application in {@code app} once with {@code env}, writing {@code archive} as it stops. */
    private static void train(Path app, Path archive, boolean aheadOfTime, Map<String, String> env, Path work)
            throws IOException, InterruptedException {
        AppProcess.emptyDirectory(work);
        long started = System.nanoTime();
        AppProcess instance = AppProcess.start(app.resolve("quarkus-run.jar"),
                aheadOfTime ? List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
                        : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                env,
                work.resolve("app.log"));
        try {
            instance.awaitReady(Duration.ofSeconds(180));
            for (int round = 0; round < 3; round++) {
                for (String path : READS) {
                    instance.get(path);
                }
                HttpResponse<String> extract = instance.postJson("/extract", "{\"text\": \"Les ministres se sont "
                        + "réunis mardi à Bucarest. Un jour plus tôt, Kiev avait demandé des armes.\", "
                        + "\"publishedOn\": \"2022-11-30\"}");
                if (extract.statusCode() != 200) {
                    throw new IllegalStateException("POST /extract answered " + extract.statusCode());
                }
            }
        } finally {
            int exit = instance.stop();
            if (exit != 0 && exit != 143) {
                System.err.printf("class-data training: the application exited with %d; see %s%n", exit,
                        work.resolve("app.log"));
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class-data archive was written; see " + work.resolve("app.log"));
        }
        System.out.printf("class-data archive: %s (%d MB) in %.1f s%n", archive,
                Files.size(archive) >> 20, (System.nanoTime() - started) / 1e9);
    }
}
