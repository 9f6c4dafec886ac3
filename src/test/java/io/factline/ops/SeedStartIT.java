package io.factline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application's seed import at start-up: a first start on a new database reads the seeds folder while
 * Flyway and Hibernate start, then writes the seed timeline; a restart of the same build on the same folder reads
 * nothing and serves the same timeline.
 */
class SeedStartIT {

    private static final String TIMELINE = "/events?from=2000-01-01&to=2030-12-31&limit=100";

    @Test
    void aFirstStartImportsTheSeedsReadAheadAndARestartReadsNothing() throws Exception {
        Path work = AppProcess.emptyDirectory(Path.of("target", "seed-start").toAbsolutePath());
        Map<String, String> env = Map.of("FACTLINE_DATA_DIR", work.resolve("data").toString());
        Path first = work.resolve("first.log");
        Path restart = work.resolve("restart.log");

        HttpResponse<String> imported;
        try (AppProcess app = AppProcess.start(AppProcess.H2_APP, env, first)) {
            app.awaitReady(Duration.ofSeconds(120));
            imported = app.get(TIMELINE);
        }
        HttpResponse<String> restarted;
        try (AppProcess app = AppProcess.start(AppProcess.H2_APP, env, restart)) {
            app.awaitReady(Duration.ofSeconds(120));
            restarted = app.get(TIMELINE);
        }

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"bakhmut-shelling\"", "\"ramstein-meeting\"", "\"kharkiv-offensive\"");
        assertThat(Files.readString(first)).contains("Seeds imported: 5 sources, 25 events")
                .contains("while the database started");
        assertThat(restarted.body()).isEqualTo(imported.body());
        assertThat(Files.readString(restart)).contains("Seeds unchanged: the folder's files and the application "
                + "build are those of the last import, which stands (checked once the database was migrated")
                .doesNotContain("Seeds imported");
    }
}
