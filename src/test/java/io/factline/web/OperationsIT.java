package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** What an operator of the packaged application relies on. */
@QuarkusIntegrationTest
class OperationsIT {

    @Test
    void reportsReadyWithTheDatabaseUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void reportsLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesRequestQueryPoolAndCacheMetricsInPrometheusFormat() {
        given().when().get("/events?from=2023-02&to=2023-02").then().statusCode(200);
        given().when().get("/events?from=2023-02&to=2023-02").then().statusCode(200);
        given().when().get("/events/bakhmut-shelling").then().statusCode(200);
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(matchesPattern("(?s).*\\nhttp_server_requests_seconds_count\\{[^}]*uri=\"/events\"[^}]*} [1-9].*"))
                .body(matchesPattern("(?s).*\\nfactline_events_query_seconds_count\\{[^}]*query=\"list\"[^}]*} [1-9].*"))
                .body(matchesPattern("(?s).*\\nfactline_events_query_seconds_count\\{[^}]*query=\"get\"[^}]*} [1-9].*"))
                .body(matchesPattern("(?s).*\\nfactline_cache_requests_total\\{[^}]*result=\"hit\"[^}]*} [1-9].*"))
                .body(containsString("\nagroal_active_count"));
    }

    @Test
    void servesTheContractAndSwaggerUi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).body("info.title", equalTo("Factline API"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when().get("/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }
}
