package io.factline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as an orchestrator stops an instance: the request in flight is finished and acknowledged, the process
 * exits on its own within the shutdown timeout, and what it acknowledged is there after a restart.
 */
class GracefulShutdownIT {

    private static final String KEY = "shutdown-test-editor-key-0123456789";

    @Test
    void finishesTheRequestInFlightThenExits() throws Exception {
        Path work = AppProcess.emptyDirectory(Path.of("target", "shutdown").toAbsolutePath());
        var env = java.util.Map.of("FACTLINE_EDITOR_KEY", KEY, "FACTLINE_SEEDS_ENABLED", "false",
                "FACTLINE_DATA_DIR", work.resolve("data").toString());
        // A long article: its extraction and its thousands of events take seconds to write.
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 400_000; i++) {
            text.append("Le ").append(1 + i % 28).append(" mars 2021, la délégation ").append(i)
                    .append(" a rencontré les ministres à Bruxelles. ");
        }
        String json = "{\"title\": \"Un long article\", \"publishedOn\": \"2021-04-01\", \"language\": \"fr\", "
                + "\"text\": \"" + text + "\"}";
        String sourceId;
        try (AppProcess app = AppProcess.start(AppProcess.H2_APP, env, work.resolve("app.log"))) {
            app.awaitReady(Duration.ofSeconds(120));
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return app.postJson("/sources", json, "Authorization", "Bearer " + KEY);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(awaitExtractionRunning(app, inFlight)).as("the server started reading the article").isTrue();
            assertThat(inFlight).as("the request is still in flight when SIGTERM comes").isNotDone();
            long signalled = System.nanoTime();
            int exit = app.stop();
            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            System.out.printf("GracefulShutdownIT: exited %d ms after SIGTERM (code %d)%n",
                    (System.nanoTime() - signalled) / 1_000_000, exit);
            sourceId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body())
                    .get("source").get("id").asText();
        }
        try (AppProcess app = AppProcess.start(AppProcess.H2_APP, env, work.resolve("app.log"))) {
            app.awaitReady(Duration.ofSeconds(120));
            assertThat(app.get("/sources/" + sourceId).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Waits until the server reports the article's extraction running (its metrics gauge), so that SIGTERM comes
     * while the request is being served rather than before the server has received it; false when the request
     * ended first or nothing showed within 20 s.
     */
    private static boolean awaitExtractionRunning(AppProcess app, CompletableFuture<?> inFlight) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && !inFlight.isDone()) {
            String metrics = app.get("/q/metrics").body();
            for (String line : metrics.split("\n")) {
                if (line.startsWith("factline_extractions_running") && !line.trim().endsWith(" 0.0")) {
                    return true;
                }
            }
            Thread.onSpinWait();
        }
        return false;
    }
}
