package io.factline.seed;

import static io.factline.Editors.editor;
import static io.factline.Editors.resource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.Editors;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed seed record re-imports its events without dropping what posted sources added to them. */
@QuarkusTest
@TestProfile(Editors.WritesProfile.class)
class SeedReimportTest {

    @Inject
    SeedImporter importer;

    @Inject
    ObjectMapper json;

    @TempDir
    Path temp;

    @Test
    void keepsTheCitationsOfPostedSourcesWhenTheSeedsChange() throws IOException {
        String report = resource("ingest/en-ramstein.txt").replace("Allies pledge", "Allies promise");
        String sourceId = editor().contentType("application/json")
                .body(json.writeValueAsString(java.util.Map.of("text", report, "publishedOn", "2023-04-21")))
                .when().post("/sources").then().statusCode(201).extract().jsonPath().getString("source.id");
        List<String> before = sources("ramstein-meeting");
        assertThat(before).contains(sourceId, "004_1ac56a06fa62bc08");
        try {
            // The editors drop one quote of the Ramstein meeting from their record.
            SeedImporter.SeedSet changed = importer.read(seedsWithoutLastRamsteinQuote());
            assertThat(importer.apply(changed, importer.fingerprint(changed), null)).isTrue();
            assertThat(sources("ramstein-meeting")).hasSize(before.size() - 1).contains(sourceId);
        } finally {
            SeedImporter.SeedSet shipped = importer.read(Path.of("seeds"));
            importer.apply(shipped, importer.fingerprint(shipped), null);
        }
        assertThat(sources("ramstein-meeting")).containsExactlyInAnyOrderElementsOf(before);
        editor().delete("/sources/" + sourceId).then().statusCode(204);
        assertThat(sources("ramstein-meeting")).doesNotContain(sourceId);
    }

    private static List<String> sources(String eventId) {
        return given().get("/events/" + eventId).then().statusCode(200).extract().jsonPath()
                .getList("citations.sourceId", String.class);
    }

    private Path seedsWithoutLastRamsteinQuote() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        ObjectNode events = (ObjectNode) json.readTree(copy.resolve("events.json").toFile());
        for (var event : events.withArray("events")) {
            if (event.get("id").asText().equals("ramstein-meeting")) {
                ArrayNode citations = (ArrayNode) event.get("citations");
                citations.remove(citations.size() - 1);
            }
        }
        json.writeValue(copy.resolve("events.json").toFile(), events);
        return copy;
    }
}
