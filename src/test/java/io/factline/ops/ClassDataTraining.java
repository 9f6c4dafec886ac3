package io.factline.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the class-data archive of the packaged application ({@code target/quarkus-app/app-cds.jsa}): runs the jar
 * once with {@code -XX:ArchiveClassesAtExit} on a throwaway database with the seeds, sends it the requests an
 * instance serves (every format, errors, an extraction), and stops it; the JVM then archives every class it loaded
 * and linked. {@code java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar ...} maps them instead of
 * loading, parsing and verifying them one by one: start-up in about half the time. An archive only fits the JVM that
 * wrote it; a JVM that finds it does not fit says so and starts without it. With the application on JDK 25 or later
 * ({@code -Dfactline.app.java=/path/to/jdk-25/bin/java}) it writes that JDK's ahead-of-time cache, {@code app.aot},
 * instead.
 *
 * <p>It uses nothing but the JDK, so that {@code ./mvnw package -DskipTests}, which compiles no test, runs it from
 * its source file with the JDK's source launcher ({@code java ClassDataTraining.java target/quarkus-app seeds}).
 * The PostgreSQL build is trained through {@link #train} by {@link PostgresClassDataTraining}, which needs the
 * tests' PostgreSQL cluster.
 */
public final class ClassDataTraining {

    private static final List<String> READS = List.of("/events?from=2023-02&to=2023-02", "/events?limit=500",
            "/events?q=Bakhmut&place=Bakhmout", "/events/bakhmut-shelling", "/events?format=timelinejs&lang=en",
            "/events?format=csv", "/events?format=ics", "/events?format=geojson", "/events?format=jsonld",
            "/events?updatedSince=2020-01-01T00:00:00Z", "/sources", "/sources/001_b5e0b783de3c455c",
            "/sources/001_b5e0b783de3c455c/text", "/embed?lang=fr", "/q/openapi", "/q/health/live", "/q/metrics",
            "/events?from=2023-13", "/events/no-such-event", "/no/such/path");
    private static final String EXTRACT = "{\"text\": \"Les ministres se sont réunis mardi à Bucarest. Un jour plus "
            + "tôt, Kiev avait demandé des armes.\", \"publishedOn\": \"2022-11-30\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ClassDataTraining() {
    }

    /** Arguments: the packaged application's folder (target/quarkus-app) and the seeds folder (seeds). */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path app = Path.of(args.length > 0 ? args[0] : "target/quarkus-app").toAbsolutePath();
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds").toAbsolutePath();
        Path work = app.resolveSibling(app.getFileName() + "-training");
        train(app, Map.of("FACTLINE_DATA_DIR", work.resolve("data").toString(),
                "FACTLINE_SEEDS_DIR", seeds.toString()));
    }

    /**
     * Runs the application in {@code app} once with {@code env} added to this process' environment and writes its
     * archive ({@code app-cds.jsa}, or {@code app.aot} on JDK 25 and later) beside its jar.
     */
    public static void train(Path app, Map<String, String> env) throws IOException, InterruptedException {
        Path work = emptyDirectory(app.resolveSibling(app.getFileName() + "-training"));
        boolean aheadOfTime = aheadOfTime();
        Path archive = app.resolve(aheadOfTime ? "app.aot" : "app-cds.jsa");
        Files.deleteIfExists(archive);
        Path log = work.resolve("app.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(applicationJava()));
        // A class-data archive holds classes only, whatever the JIT and the collector: the training starts with the
        // production settings' start-up flags (the quick JIT alone, one compiler thread, huge pages, no perf data).
        // The ahead-of-time cache keeps method profiles too, so it gets the JVM's defaults.
        command.addAll(aheadOfTime ? List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseParallelGC",
                        "-XX:+UseTransparentHugePages", "-XX:-UsePerfData"));
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        long started = System.nanoTime();
        Process instance = builder.start();
        long ready;
        long stopping;
        try {
            awaitReady(instance, port, log);
            ready = System.nanoTime();
            // The ahead-of-time cache also keeps method profiles, which more rounds make representative; a class-data
            // archive only needs every class loaded once.
            for (int round = 0; round < (aheadOfTime ? 3 : 1); round++) {
                for (String path : READS) {
                    send(HttpRequest.newBuilder(uri(port, path)));
                }
                int extract = send(HttpRequest.newBuilder(uri(port, "/extract"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EXTRACT)));
                if (extract != 200) {
                    throw new IllegalStateException("POST /extract answered " + extract + "; see " + log);
                }
            }
        } finally {
            stopping = System.nanoTime();
            int exit = stop(instance);
            if (exit != 0 && exit != 143) {
                System.err.printf("class-data training: the application exited with %d; see %s%n", exit, log);
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class-data archive was written; see " + log);
        }
        long written = System.nanoTime();
        System.out.printf("class-data archive: %s (%d MB) in %.1f s (ready %.1f s, requests %.1f s, stop and write "
                + "%.1f s)%n", archive, Files.size(archive) >> 20, (written - started) / 1e9, (ready - started) / 1e9,
                (stopping - ready) / 1e9, (written - stopping) / 1e9);
    }

    /**
     * The java that runs the application: the executable named by the system property {@code factline.app.java}
     * (e.g. {@code -Dfactline.app.java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java} on Maven's command line), else
     * this JVM's own.
     */
    static String applicationJava() {
        String configured = System.getProperty("factline.app.java", "").strip();
        return configured.isEmpty() ? Path.of(System.getProperty("java.home"), "bin", "java").toString() : configured;
    }

    /**
     * Whether the JVM that runs the application writes an ahead-of-time cache (JDK 25 and later, JEP 483 and 514:
     * classes loaded and linked, and method profiles) instead of a dynamic class-data archive.
     */
    static boolean aheadOfTime() {
        return featureVersion(applicationJava()) >= 25;
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

    private static void awaitReady(Process instance, int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!instance.isAlive()) {
                throw new IllegalStateException("the application exited with " + instance.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                if (send(HttpRequest.newBuilder(uri(port, "/q/health/ready"))) == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the application was not ready within 180 s; see " + log);
    }

    private static int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** SIGTERM, as an operator stops it: the JVM writes the archive as it exits. */
    private static int stop(Process instance) throws InterruptedException {
        instance.destroy();
        if (!instance.waitFor(120, TimeUnit.SECONDS)) {
            instance.destroyForcibly();
            instance.waitFor(10, TimeUnit.SECONDS);
        }
        return instance.exitValue();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
