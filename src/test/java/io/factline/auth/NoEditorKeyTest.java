package io.factline.auth;

import static io.restassured.RestAssured.given;

import io.factline.Editors;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With no factline.editor-key, writes are disabled for everyone; reads work. */
@QuarkusTest
@TestProfile(Editors.NoKeyProfile.class)
class NoEditorKeyTest {

    @Test
    void refusesEveryWriteWhenNoKeyIsConfigured() {
        Editors.editor().contentType("application/json")
                .body("{\"text\": \"Le 3 janvier 2021, rien.\", \"publishedOn\": \"2021-01-04\"}")
                .when().post("/sources")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"factline\"");
        Editors.editor().when().delete("/events/bakhmut-shelling").then().statusCode(401);
        given().header("Authorization", "Bearer ").when().delete("/events/bakhmut-shelling").then().statusCode(401);
    }

    @Test
    void keepsServingReads() {
        given().when().get("/events/bakhmut-shelling").then().statusCode(200);
    }
}
