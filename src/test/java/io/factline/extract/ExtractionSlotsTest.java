package io.factline.extract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractionSlotsTest {

    private static final Map<String, String> TEXT = Map.of("text", "Les ministres se sont réunis jeudi.",
            "publishedOn", "2024-05-16", "language", "fr");

    @Inject
    ExtractionSlots slots;

    @Test
    void refusesAnExtractionWith503AndRetryAfterWhileEverySlotIsTaken() {
        int taken = 0;
        try {
            while (slots.tryOccupy()) {
                taken++;
            }
            assertThat(taken).isEqualTo(slots.capacity());
            given().contentType("application/json").body(TEXT)
                    .when().post("/extract")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:factline:problem:busy"))
                    .body("status", equalTo(503))
                    .body("instance", equalTo("/extract"));
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.vacate();
            }
        }
        given().contentType("application/json").body(TEXT).when().post("/extract").then().statusCode(200);
    }

    @Test
    void refusesAPostedSourceWith503WhileEverySlotIsTaken() {
        int taken = 0;
        try {
            while (slots.tryOccupy()) {
                taken++;
            }
            given().contentType("application/json").header("Authorization", "Bearer test-editor-key-0123456789abcdef")
                    .body(Map.of("text", "Le ministre a signé jeudi un accord de slots occupés.",
                            "publishedOn", "2024-05-16", "language", "fr"))
                    .when().post("/sources")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:factline:problem:busy"));
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.vacate();
            }
        }
    }

    @Test
    void countsRefusedExtractionsInTheMetrics() {
        int taken = 0;
        try {
            while (slots.tryOccupy()) {
                taken++;
            }
            given().contentType("application/json").body(TEXT).when().post("/extract").then().statusCode(503);
        } finally {
            for (int i = 0; i < taken; i++) {
                slots.vacate();
            }
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^factline_extractions_refused_total(\\{[^}]*\\})? [1-9]");
    }
}
