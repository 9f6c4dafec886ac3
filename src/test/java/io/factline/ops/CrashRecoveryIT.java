package io.factline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.db.PostgresServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing acknowledged is lost: the packaged application takes sources from concurrent writers, is killed with
 * SIGKILL at a random moment, and restarted on the same database; every source it acknowledged (201) is there with
 * the events it reported creating, and no text is stored twice. Several rounds, on the H2 file database (which
 * must be configured not to delay writes) and on PostgreSQL. The seed of the kill moments is printed, and
 * {@code -Dcrash.seed=N} replays it.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "crash-test-editor-key-0123456789abcdef";
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 3);
    private static final int WRITERS = 4;

    /** What a writer sent and what the service answered, by text title (unique per request). */
    record Acknowledged(String title, String sourceId, String sha256, List<String> createdEvents) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "pg"})
    void everyAcknowledgedSourceSurvivesKillDashNine(String database) throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.printf("CrashRecoveryIT %s: crash.seed=%d%n", database, seed);
        Random random = new Random(seed);
        Path work = AppProcess.emptyDirectory(Path.of("target", "crash", database).toAbsolutePath());
        Map<String, String> env = new HashMap<>(Map.of(
                "FACTLINE_EDITOR_KEY", KEY,
                "FACTLINE_SEEDS_ENABLED", "false"));
        Path jar;
        if (database.equals("pg")) {
            jar = AppProcess.PG_APP;
            env.put("QUARKUS_DATASOURCE_JDBC_URL", PostgresServer.shared().freshDatabase("factline_crash"));
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.SUPERUSER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        } else {
            jar = AppProcess.H2_APP;
            env.put("FACTLINE_DATA_DIR", work.resolve("data").toString());
        }

        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= ROUNDS; round++) {
            try (AppProcess app = AppProcess.start(jar, env, work.resolve("app.log"))) {
                app.awaitReady(Duration.ofSeconds(120));
                verify(app, acknowledged, sent);
                int before = acknowledged.size();
                long killAfter = random.nextInt(1500);
                writeUntilKilled(app, round, killAfter, acknowledged, sent);
                System.out.printf("CrashRecoveryIT %s round %d: killed %d ms after the first acknowledgement, %d "
                        + "sources acknowledged in "
                        + "the round, %d sent in all%n", database, round, killAfter, acknowledged.size() - before,
                        sent.size());
                assertThat(acknowledged.size()).as("round %d acknowledged writes before the kill", round)
                        .isGreaterThan(before);
            }
        }
        try (AppProcess app = AppProcess.start(jar, env, work.resolve("app.log"))) {
            app.awaitReady(Duration.ofSeconds(120));
            verify(app, acknowledged, sent);
        }
    }

    /**
     * Writers post sources until the process is killed, {@code killAfter} ms after the round's first acknowledged
     * write (a cold process answers its first requests slowly: a kill before any would test nothing).
     */
    private static void writeUntilKilled(AppProcess app, int round, long killAfter,
            Map<String, Acknowledged> acknowledged, Set<String> sent) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger numbers = new AtomicInteger();
        CountDownLatch firstAcknowledged = new CountDownLatch(1);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                while (app.isAlive()) {
                    int n = numbers.incrementAndGet();
                    String title = "crash-" + round + "-" + writer + "-" + n;
                    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(n % 1000);
                    String text = "Le " + day.getDayOfMonth() + " " + month(day) + " " + day.getYear()
                            + ", la délégation " + title + " a signé un accord à Kyiv. Deux jours plus tard, "
                            + "le parlement l'a ratifié.";
                    String body = JSON.createObjectNode().put("text", text).put("publishedOn", day.plusDays(3)
                            .toString()).put("language", "fr").put("title", title).toString();
                    sent.add(title);
                    try {
                        HttpResponse<String> response = app.postJson("/sources", body, "Authorization",
                                "Bearer " + KEY);
                        if (response.statusCode() == 201) {
                            JsonNode answer = JSON.readTree(response.body());
                            List<String> created = new ArrayList<>();
                            answer.path("createdEvents").forEach(id -> created.add(id.asText()));
                            acknowledged.put(title, new Acknowledged(title, answer.path("source").path("id").asText(),
                                    answer.path("source").path("sha256").asText(), created));
                            firstAcknowledged.countDown();
                        }
                    } catch (IOException e) {
                        return; // the process is gone: this request may or may not have been stored
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        assertThat(firstAcknowledged.await(120, TimeUnit.SECONDS)).as("round %d: a first write acknowledged", round)
                .isTrue();
        Thread.sleep(killAfter);
        app.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers stop when the process dies").isTrue();
    }

    /** Every acknowledged source and its events are stored, and no text was stored twice. */
    private static void verify(AppProcess app, Map<String, Acknowledged> acknowledged, Set<String> sent)
            throws Exception {
        for (Acknowledged ack : acknowledged.values()) {
            HttpResponse<String> source = app.get("/sources/" + ack.sourceId());
            assertThat(source.statusCode()).as("acknowledged source %s (%s)", ack.sourceId(), ack.title())
                    .isEqualTo(200);
            assertThat(JSON.readTree(source.body()).path("sha256").asText()).isEqualTo(ack.sha256());
            for (String event : ack.createdEvents()) {
                assertThat(app.get("/events/" + event).statusCode())
                        .as("event %s created by acknowledged source %s", event, ack.title()).isEqualTo(200);
            }
        }
        Map<String, Integer> storedByTitle = new HashMap<>();
        Set<String> shas = new java.util.HashSet<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(app.get("/sources?limit=500" + (cursor == null ? "" : "&cursor=" + cursor))
                    .body());
            for (JsonNode item : page.get("items")) {
                storedByTitle.merge(item.path("title").asText(), 1, Integer::sum);
                assertThat(shas.add(item.path("sha256").asText())).as("text stored once: %s", item.path("title"))
                        .isTrue();
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertThat(storedByTitle).allSatisfy((title, count) -> assertThat(count).as(title).isEqualTo(1));
        assertThat(sent).containsAll(storedByTitle.keySet());
    }

    private static String month(LocalDate day) {
        return new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"}[day.getMonthValue() - 1];
    }
}
