package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
