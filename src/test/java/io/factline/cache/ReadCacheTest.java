package io.factline.cache;

import static io.factline.Editors.editor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.Editors;
import io.factline.timeline.Event;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads answered from memory: the same bytes and headers as computed, and never an answer a write made stale. */
@QuarkusTest
@TestProfile(Editors.WritesProfile.class)
class ReadCacheTest {

    /** The headers of an answer a client or a shared cache relies on. */
    private static final List<String> HEADERS = List.of("Content-Type", "Content-Length", "ETag", "Cache-Control",
            "Vary", "Link");
    private static final String BAKHMUT_SOURCE = "001_b5e0b783de3c455c";
    private static final String MEETING = "Les membres de l’OTAN et les autres alliés de l’Ukraine se réunissent mardi";

    @Inject
    MeterRegistry registry;

    @Inject
    DataVersion dataVersion;

    @Inject
    EntityManager entityManager;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/events?from=2023-02&to=2023-02", "/events?limit=2", "/events?format=csv",
            "/events?format=timelinejs&lang=en", "/events?format=ics", "/events?format=geojson",
            "/events/bakhmut-shelling", "/sources", "/sources/" + BAKHMUT_SOURCE,
            "/sources/" + BAKHMUT_SOURCE + "/text", "/embed?lang=fr"})
    void servesARepeatedReadFromMemoryWithTheSameBytesAndHeaders(String path) {
        Response computed = given().get(path);
        assertThat(computed.statusCode()).isEqualTo(200);
        double hits = hits();
        Response kept = given().get(path);

        assertThat(hits()).as("the second read is answered from memory").isEqualTo(hits + 1);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.asByteArray()).isEqualTo(computed.asByteArray());
        for (String header : HEADERS) {
            assertThat(kept.headers().getValues(header)).as(header).isEqualTo(computed.headers().getValues(header));
        }
    }

    @Test
    void answersIfNoneMatchAndHeadFromMemoryAsTheApplicationWould() {
        String etag = given().get("/events?from=2024-05&to=2024-05").header("ETag");
        // Another query string for the same bytes: computed once, with the same tag, then kept.
        String path = "/events?to=2024-05&from=2024-05";
        Response computed304 = given().header("If-None-Match", etag).get(path);
        double hits = hits();
        Response kept304 = given().header("If-None-Match", etag).get(path);
        Response keptHead = given().head(path);

        assertThat(hits()).isEqualTo(hits + 2);
        assertThat(computed304.statusCode()).isEqualTo(304);
        assertThat(kept304.statusCode()).isEqualTo(304);
        assertThat(kept304.asByteArray()).isEmpty();
        for (String header : HEADERS) {
            assertThat(kept304.headers().getValues(header)).as(header)
                    .isEqualTo(computed304.headers().getValues(header));
        }
        assertThat(kept304.header("ETag")).isEqualTo(etag);
        assertThat(keptHead.statusCode()).isEqualTo(200);
        assertThat(keptHead.asByteArray()).isEmpty();
        assertThat(keptHead.header("ETag")).isEqualTo(etag);
        assertThat(keptHead.header("Content-Length")).isEqualTo(given().get(path).header("Content-Length"));
    }

    @Test
    void keepsOneAnswerPerRepresentationAndLanguage() {
        String path = "/events?from=2023-02&to=2023-02";
        Response json = given().accept("application/json").get(path);
        Response csv = given().accept("text/csv").get(path);
        Response french = given().header("Accept-Language", "fr").get(path + "&format=timelinejs");
        Response english = given().header("Accept-Language", "en").get(path + "&format=timelinejs");

        assertThat(given().accept("text/csv").get(path).contentType()).startsWith("text/csv");
        assertThat(given().accept("application/json").get(path).contentType()).startsWith("application/json");
        assertThat(given().header("Accept-Language", "en").get(path + "&format=timelinejs").asString())
                .isEqualTo(english.asString()).isNotEqualTo(french.asString());
        assertThat(json.header("ETag")).isNotEqualTo(csv.header("ETag"));
    }

    @Test
    void givesCrossOriginHeadersToAnswersFromMemory() {
        String path = "/events?from=2022-11&to=2022-11";
        given().get(path).then().statusCode(200);
        double hits = hits();
        Response kept = given().header("Origin", "https://newsroom.example").get(path);

        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(kept.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(kept.header("Access-Control-Expose-Headers")).contains("ETag");
    }

    @Test
    void neverKeepsAProblem() {
        String path = "/events?from=2023-13";
        given().get(path).then().statusCode(400);
        double hits = hits();
        given().get(path).then().statusCode(400).contentType("application/problem+json");
        assertThat(hits()).isEqualTo(hits);
    }

    /** A write to make through the API: what it needs first (a subject id, or null), then the write itself. */
    record Write(String name, Supplier<String> prepare, Function<String, Integer> perform) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Write> writes() {
        return Stream.of(
                new Write("POST /sources", () -> null, none -> editor().contentType("text/plain; charset=UTF-8")
                        .body("Le sommet de l'OTAN s'est ouvert le 9 juillet 2024 à Washington. " + UUID.randomUUID())
                        .queryParam("publishedOn", "2024-07-10").queryParam("language", "fr")
                        .post("/sources").statusCode()),
                new Write("POST /events", () -> null, none -> postEvent().statusCode()),
                new Write("PATCH /events/{id}", () -> null, none -> editor()
                        .contentType("application/merge-patch+json; charset=UTF-8")
                        .body("{\"summary\": \"" + UUID.randomUUID() + "\"}")
                        .patch("/events/bakhmut-shelling").statusCode()),
                new Write("DELETE /events/{id}", () -> postEvent().then().statusCode(201).extract().path("id"),
                        id -> editor().delete("/events/" + id).statusCode()),
                new Write("DELETE /sources/{id}", ReadCacheTest::postSource,
                        id -> editor().delete("/sources/" + id).statusCode()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aWriteMakesEveryAnswerInMemoryStaleAtOnce(Write write) {
        String subject = write.prepare().get();
        String[] paths = {"/events?limit=500", "/events?format=csv&limit=500", "/sources?limit=500",
            "/events/bakhmut-shelling"};
        Response[] before = new Response[paths.length];
        for (int i = 0; i < paths.length; i++) {
            given().get(paths[i]);
            before[i] = given().get(paths[i]);
        }
        long version = storedVersion();

        assertThat(write.perform().apply(subject)).as(write.name()).isBetween(200, 204);

        assertThat(storedVersion()).as("the database's counter moved").isGreaterThan(version);
        boolean changed = false;
        for (int i = 0; i < paths.length; i++) {
            Response after = given().get(paths[i]);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.header("ETag")).as("the answer matches its bytes")
                    .isEqualTo(ConditionalGet.etag(after.asByteArray()));
            changed |= !after.header("ETag").equals(before[i].header("ETag"));
        }
        assertThat(changed).as("some answer shows the write, read right after it").isTrue();
    }

    @Test
    void seesWhatAnotherInstanceWroteWithinThePollInterval() throws InterruptedException {
        String path = "/events/bakhmut-shelling";
        given().get(path);
        String before = given().get(path).jsonPath().getString("summary");
        String summary = "Écrit par une autre instance " + UUID.randomUUID();
        // What another instance's write looks like from here: the rows and the counter change in one commit, and
        // this instance is told nothing.
        QuarkusTransaction.requiringNew().run(() -> {
            Event.<Event>findById("bakhmut-shelling").summary = summary;
            Event.flush();
            entityManager.createNativeQuery("update data_version set version = version + 1 where id = 1")
                    .executeUpdate();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        String seen = before;
        while (!summary.equals(seen) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = given().get(path).jsonPath().getString("summary");
        }
        assertThat(seen).as("read again after the poll interval (1 s)").isEqualTo(summary);
    }

    private static Response postEvent() {
        return editor().contentType("application/json; charset=UTF-8")
                .body("{\"title\": \"Réunion " + UUID.randomUUID() + "\", \"date\": \"2023-02-14\", "
                        + "\"citations\": [{\"sourceId\": \"" + BAKHMUT_SOURCE + "\", \"quote\": \"" + MEETING + "\", "
                        + "\"occurrence\": 1}]}")
                .post("/events");
    }

    private static String postSource() {
        return editor().contentType("text/plain; charset=UTF-8")
                .body("Les ministres se sont réunis le 4 avril 2023 à Bruxelles. " + UUID.randomUUID())
                .queryParam("publishedOn", "2023-04-05").queryParam("language", "fr")
                .post("/sources").then().statusCode(201).extract().path("source.id");
    }

    private long storedVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select version from data_version where id = 1").getSingleResult()).longValue());
    }

    private double hits() {
        return registry.find("factline.cache.requests").tag("result", "hit").counter().count();
    }
}
