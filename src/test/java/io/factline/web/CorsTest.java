package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** By default, any page may read the API and no page of another origin may write to it. */
@QuarkusTest
class CorsTest {

    private static final String ELSEWHERE = "https://news.example.org";

    @TestHTTPResource("/")
    URL base;

    @Test
    void letsPagesOfAnyOriginReadAndSeeTheCachingAndPagingHeaders() {
        given().header("Origin", ELSEWHERE).queryParam("limit", 2)
                .when().get("/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void answersAReadPreflight() {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/events")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void refusesAWritePreflightFromAnotherOrigin() {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "POST")
                .when().options("/extract")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void refusesACrossOriginWriteThatNeedsNoPreflight() {
        given().header("Origin", ELSEWHERE).contentType("text/plain").body("a form post from elsewhere")
                .when().post("/extract")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.CROSS_ORIGIN_REFUSED))
                .body("status", equalTo(403));
    }

    @Test
    void servesWritesFromItsOwnPages() {
        String self = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        given().header("Origin", self).contentType("application/json")
                .body("{\"text\": \"Lundi, rien.\", \"publishedOn\": \"2023-02-13\"}")
                .when().post("/extract")
                .then().statusCode(not(equalTo(403)));
    }

    @Test
    void addsNothingToRequestsWithoutAnOrigin() {
        given().when().get("/events").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
