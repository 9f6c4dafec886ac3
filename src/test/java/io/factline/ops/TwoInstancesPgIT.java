package io.factline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.db.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instances are stateless: two packaged applications started at the same moment on one empty PostgreSQL database
 * migrate it once, import the seeds once, and serve the same timeline; what one writes, the other serves within
 * its cache's poll interval.
 */
class TwoInstancesPgIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "two-instances-editor-key-0123456789";

    @Test
    void twoInstancesStartedTogetherImportTheSeedsOnceAndServeTheSameTimeline() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String url = pg.freshDatabase("factline_two_instances");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.SUPERUSER,
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "FACTLINE_EDITOR_KEY", KEY,
                "FACTLINE_SEEDS_DIR", Path.of("seeds").toAbsolutePath().toString());
        Path logs = Path.of("target", "two-instances");
        JsonNode seedEvents = JSON.readTree(Path.of("seeds", "events.json").toFile()).get("events");
        int seedCitations = 0;
        for (JsonNode event : seedEvents) {
            seedCitations += event.get("citations").size();
        }

        try (AppProcess first = AppProcess.start(AppProcess.PG_APP, env, logs.resolve("first.log"));
                AppProcess second = AppProcess.start(AppProcess.PG_APP, env, logs.resolve("second.log"))) {
            first.awaitReady(Duration.ofSeconds(120));
            second.awaitReady(Duration.ofSeconds(120));

            List<String> fromFirst = eventIds(first);
            List<String> fromSecond = eventIds(second);
            assertThat(fromFirst).hasSize(seedEvents.size()).doesNotHaveDuplicates();
            assertThat(fromSecond).isEqualTo(fromFirst);
            assertThat(first.get("/events/bakhmut-shelling").body())
                    .isEqualTo(second.get("/events/bakhmut-shelling").body());

            // The second instance keeps its answer in memory; the first writes; the second's readers see the write
            // once it has read the database's write counter again (factline.cache.poll-interval, 1 s).
            assertThat(eventIds(second)).isEqualTo(fromSecond);
            String event = "{\"id\": \"written-by-the-first\", \"title\": \"Réunion\", \"date\": \"2023-02-14\", "
                    + "\"citations\": [{\"sourceId\": \"001_b5e0b783de3c455c\", \"quote\": \"Bakhmut\", "
                    + "\"occurrence\": 1}]}";
            assertThat(first.postJson("/events", event, "Authorization", "Bearer " + KEY).statusCode())
                    .isEqualTo(201);
            long written = System.nanoTime();
            List<String> seen = eventIds(second);
            while (!seen.contains("written-by-the-first") && System.nanoTime() - written < 10_000_000_000L) {
                Thread.sleep(50);
                seen = eventIds(second);
            }
            assertThat(seen).as("the second instance serves the first one's write").contains("written-by-the-first");
            System.out.printf("TwoInstancesPgIT: the second instance served the first one's write after %d ms%n",
                    (System.nanoTime() - written) / 1_000_000);
        }

        try (Connection db = DriverManager.getConnection(url, PostgresServer.SUPERUSER, "");
                Statement sql = db.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM event")).isEqualTo(seedEvents.size() + 1);
            assertThat(count(sql, "SELECT count(*) FROM citation")).isEqualTo(seedCitations + 1);
            assertThat(count(sql, "SELECT count(*) FROM source")).isEqualTo(5);
            assertThat(count(sql, "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success"))
                    .as("the schema was migrated once").isEqualTo(1);
        }
    }

    private static List<String> eventIds(AppProcess app) throws Exception {
        var response = app.get("/events?limit=500");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("next").isNull()).isTrue();
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
