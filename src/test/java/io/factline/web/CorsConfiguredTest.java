package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With explicit origin lists, only the listed pages may read, and only the listed editors may write. */
@QuarkusTest
@TestProfile(CorsConfiguredTest.ListedOrigins.class)
class CorsConfiguredTest {

    public static class ListedOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factline.http.cors.read-origins", "https://reader.example.org,https://editor.example.org",
                    "factline.http.cors.write-origins", "https://editor.example.org",
                    "factline.seeds.enabled", "false");
        }
    }

    @Test
    void echoesAListedReaderOrigin() {
        Response response = given().header("Origin", "https://reader.example.org").when().get("/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://reader.example.org")
                .extract().response();
        assertThat(response.headers().getValues("Vary")).as("caches keep one answer per origin")
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("origin"));
    }

    @Test
    void givesAnUnlistedOriginNoPermission() {
        given().header("Origin", "https://other.example.org").when().get("/events")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void letsAListedEditorWrite() {
        given().header("Origin", "https://editor.example.org").header("Access-Control-Request-Method", "POST")
                .when().options("/extract")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://editor.example.org")
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void keepsAReaderFromWriting() {
        given().header("Origin", "https://reader.example.org").contentType("application/json").body("{}")
                .when().post("/extract")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
