package io.factline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is what the code serves. When this fails after an API change, refresh it with
 * {@code cp target/openapi/openapi.yaml target/openapi/openapi.json openapi/} (written by every build).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String REFRESH = "openapi/ differs from what the code serves; after reviewing the change, "
            + "run: cp target/openapi/openapi.yaml target/openapi/openapi.json openapi/";

    @Test
    void committedYamlIsWhatTheServiceServes() throws IOException {
        Path committed = Path.of("openapi", "openapi.yaml");
        assertThat(committed).as("openapi/openapi.yaml is committed").exists();
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        // Compared as documents: the order of keys within a mapping carries no meaning and is not stable.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThat(yaml.readTree(Files.readString(committed, StandardCharsets.UTF_8))).as(REFRESH)
                .isEqualTo(yaml.readTree(served));
    }

    @Test
    void committedJsonIsWhatTheServiceServes() throws IOException {
        Path committed = Path.of("openapi", "openapi.json");
        assertThat(committed).as("openapi/openapi.json is committed").exists();
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(served);
        assertThat(json.readTree(committed.toFile())).as(REFRESH).isEqualTo(expected);
    }

    @Test
    void everyOperationHasAnIdASummaryAndProblemResponses() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("operationId").asText()).as(where + " operationId").isNotBlank();
            assertThat(operation.path("summary").asText()).as(where + " summary").isNotBlank();
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().path("content").has(Problem.MEDIA_TYPE))
                            .as(where + " " + response.getKey() + " is problem+json").isTrue();
                }
            });
        }));
    }
}
