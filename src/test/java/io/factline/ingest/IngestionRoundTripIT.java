package io.factline.ingest;

import static io.factline.Editors.editor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Post, re-post and delete a source against the packaged application; it leaves the timeline as it found it. */
@QuarkusIntegrationTest
class IngestionRoundTripIT {

    @Test
    void postsRepostsAndDeletesASource() {
        String text = "Le 2 janvier 2021, des drones ont visé Kharkiv, a indiqué le gouverneur. " + UUID.randomUUID();
        String body = "{\"text\": \"" + text + "\", \"publishedOn\": \"2021-01-04\", \"language\": \"fr\"}";
        JsonPath posted = editor().contentType("application/json").body(body).when().post("/sources")
                .then().statusCode(201).extract().jsonPath();
        String sourceId = posted.getString("source.id");
        List<String> events = posted.getList("createdEvents", String.class);
        assertThat(events).hasSize(1);
        String eventId = events.get(0);
        given().get("/events/" + eventId).then().statusCode(200)
                .body("status", equalTo("extracted"))
                .body("place.id", equalTo("kharkiv"))
                .body("date.value", equalTo("2021-01-02"));
        String since = given().get("/events/" + eventId).then().extract().jsonPath().getString("updatedAt");

        editor().contentType("application/json").body(body).when().post("/sources")
                .then().statusCode(200).body("source.id", equalTo(sourceId)).body("created", equalTo(false));

        editor().when().delete("/sources/" + sourceId).then().statusCode(204);
        given().get("/events/" + eventId).then().statusCode(404);
        given().queryParam("updatedSince", since).get("/events").then().statusCode(200)
                .body("items.find { it.id == '" + eventId + "' }.deleted", equalTo(true));
    }
}
