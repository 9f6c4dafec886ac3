package io.factline.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests: {@code initdb} and {@code pg_ctl} from the Debian packages, a data
 * folder under {@code target/}, trust authentication on 127.0.0.1 only. PostgreSQL refuses to run as root, so when
 * the build runs as root the cluster runs as {@code nobody}; when nobody may not enter the project's folder (a clone
 * in root's home), the cluster is kept under the system's temporary folder instead, linked from {@code target/}.
 * One cluster per JVM, stopped when the JVM exits.
 *
 * <p>The port is {@code pgtest.port} when set; otherwise a free one below the kernel's ephemeral range (32768 and
 * up on Linux), where the client side of the tests' own loopback connections could take it between the check and
 * the server's bind. A start that fails (a port taken after all) is retried on another port.
 */
public final class PostgresServer {

    /** System property naming the port (not under factline., which the application's configuration owns). */
    public static final String PORT_PROPERTY = "pgtest.port";
    public static final String SUPERUSER = "postgres";
    /** Where this JVM's running cluster listens, once started: read by every class loader of the run. */
    private static final String RUNNING_PORT = "pgtest.running.port";
    private static final int ATTEMPTS = 4;
    private static final int LOWEST_PORT = 20000;
    private static final int HIGHEST_PORT = 32000;

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asNobody;

    private PostgresServer(Path bin, Path home, int port, boolean asNobody) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asNobody = asNobody;
    }

    /**
     * The cluster of this JVM, initialised and started on first use. Quarkus loads test resources in a class
     * loader per application start, so the running cluster's port is recorded in a system property, which all of
     * them share.
     */
    public static PostgresServer shared() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(RUNNING_PORT);
            if (running != null) {
                return at(Integer.parseInt(running));
            }
            PostgresServer server = startNew();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "pg-stop"));
            System.setProperty(RUNNING_PORT, String.valueOf(server.port));
            return server;
        }
    }

    /**
     * A cluster of its own, on the port {@code pgtest.port} names or else a free one (another if that start fails),
     * after stopping those an interrupted build left under target/. The caller stops it.
     */
    public static PostgresServer startNew() {
        Integer fixed = Integer.getInteger(PORT_PROPERTY);
        stopLeftovers();
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < (fixed == null ? ATTEMPTS : 1); attempt++) {
            PostgresServer server = at(fixed == null ? freePort() : fixed);
            try {
                server.start();
                return server;
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** Whether Debian's PostgreSQL server binaries (or those FACTLINE_PG_BIN names) are there. */
    public static boolean installed() {
        try {
            return Files.isExecutable(findBin().resolve("initdb"));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static PostgresServer at(int port) {
        boolean root = "root".equals(System.getProperty("user.name"));
        return new PostgresServer(findBin(), Path.of("target", "pg-" + port).toAbsolutePath(), port, root);
    }

    /** A port nothing listens on now, below the ephemeral range. */
    private static int freePort() {
        Random random = new Random();
        for (int i = 0; i < 100; i++) {
            int port = LOWEST_PORT + random.nextInt(HIGHEST_PORT - LOWEST_PORT);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST_PORT + " and " + HIGHEST_PORT);
    }

    /** Clusters an interrupted build left running under target/ are stopped, so that none outlives its build. */
    private static void stopLeftovers() {
        Path target = Path.of("target").toAbsolutePath();
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> homes = Files.list(target)) {
            for (Path home : homes.filter(h -> h.getFileName().toString().matches("pg-\\d+")).toList()) {
                if (Files.exists(home.resolve("data").resolve("postmaster.pid"))) {
                    at(Integer.parseInt(home.getFileName().toString().substring(3))).stop();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + target, e);
        }
    }

    public int port() {
        return port;
    }

    /** JDBC URL of {@code database} on this cluster. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Drops {@code database} if it exists and creates it empty, owned by the superuser. */
    public String freshDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        // The driver itself, not DriverManager: inside Maven (the build's class-data training) DriverManager only
        // sees the drivers of the class loader that first used it, which need not be this project's.
        Properties credentials = new Properties();
        credentials.setProperty("user", SUPERUSER);
        try (Connection connection = new org.postgresql.Driver().connect(url("postgres"), credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on port " + port, e);
        }
        return url(database);
    }

    private void start() {
        try {
            if (Files.exists(home.resolve("data").resolve("postmaster.pid"))) {
                // A cluster left running by an interrupted build: stop it before starting afresh.
                asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir().resolve("data").toString(), "-m",
                        "immediate", "stop"), false);
            }
            deleteRecursively(home);
            Files.createDirectories(home.getParent());
            if (asNobody && !traversableByNobody(home.getParent())) {
                // A clone in a private folder (root's home, mktemp -d): nobody cannot reach target/, so the cluster
                // lives in a folder of its own under the system's temporary folder, and target/pg-PORT points to it.
                Files.createSymbolicLink(home, Files.createTempDirectory("factline-pg-" + port + "-"));
            } else {
                Files.createDirectories(home);
            }
            Path dir = dir();
            if (asNobody) {
                exec(List.of("chown", "nobody", dir.toString()), true);
            }
            Path data = dir.resolve("data");
            asOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--auth=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync"), true);
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c max_connections=200 -c shared_buffers=64MB",
                    "start"), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL in " + home, e);
        }
    }

    /** Stops the server; a cluster kept under the temporary folder is deleted with it, as nothing else would. */
    public void stop() {
        try {
            asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir().resolve("data").toString(), "-m", "fast",
                    "-w", "stop"), false);
            if (Files.isSymbolicLink(home)) {
                deleteRecursively(home);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop the cluster of " + home, e);
        }
    }

    /** Where the cluster's files are: target/pg-PORT itself, or the folder it links to. */
    private Path dir() throws IOException {
        return Files.isSymbolicLink(home) ? home.toRealPath() : home;
    }

    /** Whether {@code nobody} may pass through {@code dir} and every folder above it. */
    private static boolean traversableByNobody(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (!succeeds(List.of("runuser", "-u", "nobody", "--", "test", "-x", p.toString()))) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code command} as the cluster's owner: nobody when the build runs as root. */
    private void asOwner(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(command);
        exec(full, mustSucceed);
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void exec(List<String> full, boolean mustSucceed) {
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n"
                        + output);
            }
        } catch (IOException e) {
            if (mustSucceed) {
                throw new IllegalStateException("cannot run " + String.join(" ", full), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }

    /** The newest {@code /usr/lib/postgresql/N/bin}, or {@code FACTLINE_PG_BIN}. */
    private static Path findBin() {
        String configured = System.getenv("FACTLINE_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under " + root
                            + ": install Debian's postgresql package (.ci/run does)"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server under " + root
                    + ": install Debian's postgresql package (.ci/run does)", e);
        }
    }

    /** Deletes {@code dir} and what it holds; a link to a folder goes with the folder it points to. */
    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            Path target = dir.toRealPath();
            Files.delete(dir);
            deleteRecursively(target);
            return;
        }
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
