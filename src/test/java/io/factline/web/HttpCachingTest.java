package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.cache.DataVersion;
import io.factline.timeline.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strong ETags, 304 answers and Cache-Control on every read. */
@QuarkusTest
class HttpCachingTest {

    private static final String ETAG = "\"[A-Za-z0-9_-]{22}\"";

    @Inject
    DataVersion dataVersion;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/events", "/events?format=csv", "/events?format=timelinejs&lang=en",
            "/events?format=ics", "/events/bakhmut-shelling", "/sources", "/sources/001_b5e0b783de3c455c",
            "/sources/001_b5e0b783de3c455c/text", "/embed?lang=fr"})
    void tagsEveryReadAndAnswersAMatchingIfNoneMatchWith304(String path) {
        Response first = get(path, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).as("strong ETag").matches(ETAG);
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=60");
        assertThat(get(path, null).header("ETag")).as("same data, same tag").isEqualTo(etag);

        Response revalidated = get(path, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.asByteArray()).isEmpty();
        assertThat(revalidated.header("ETag")).isEqualTo(etag);
        assertThat(revalidated.header("Cache-Control")).isEqualTo("max-age=60");

        assertThat(get(path, "W/" + etag).statusCode()).as("If-None-Match compares weakly").isEqualTo(304);
        assertThat(get(path, "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void givesEachRepresentationItsOwnTag() {
        String json = get("/events", null).header("ETag");
        String csv = get("/events?format=csv", null).header("ETag");
        String french = get("/events?format=timelinejs&lang=fr", null).header("ETag");
        String english = get("/events?format=timelinejs&lang=en", null).header("ETag");
        String february = get("/events?from=2023-02&to=2023-02", null).header("ETag");
        assertThat(java.util.List.of(json, csv, french, english, february)).doesNotHaveDuplicates();
        assertThat(get("/events?format=timelinejs&lang=fr", json).statusCode()).isEqualTo(200);
    }

    @Test
    void changesTheTagWhenTheDataChanges() {
        String path = "/events/bakhmut-shelling";
        String before = get(path, null).header("ETag");
        String title = QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById("bakhmut-shelling").title);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Event.<Event>findById("bakhmut-shelling").title = title + " !";
                dataVersion.recordWrite();
            });
            Response changed = get(path, before);
            assertThat(changed.statusCode()).as("the old tag no longer matches").isEqualTo(200);
            assertThat(changed.header("ETag")).isNotEqualTo(before);
            assertThat(get("/events?format=csv", null).header("ETag")).isNotEqualTo(before);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Event.<Event>findById("bakhmut-shelling").title = title;
                dataVersion.recordWrite();
            });
        }
        assertThat(get(path, null).header("ETag")).as("the same data again, the same tag again").isEqualTo(before);
    }

    @Test
    void leavesProblemsUntagged() {
        Response problem = get("/events?from=2023-13", null);
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.header("ETag")).isNull();
    }

    private static Response get(String path, String ifNoneMatch) {
        var request = given().urlEncodingEnabled(false);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get(path).then().extract().response();
    }
}
