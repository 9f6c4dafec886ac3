package io.factline.ingest;

import static io.factline.Editors.editor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.Editors;
import io.factline.gazetteer.Place;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /sources with regional news the curated list knows nothing of: places come from the world gazetteer. */
@QuarkusTest
@TestProfile(Editors.WritesProfile.class)
class WorldPlaceIngestionTest {

    private static final String TEXT = "Le tribunal correctionnel de Belfort a condamné hier un automobiliste ivre. "
            + "Le tribunal de Poitiers jugera mardi les responsables du carambolage de l'autoroute A 10.";

    @Test
    void linksTownsOfTheWorldGazetteerAndStoresOnlyThePlacesEventsTake() {
        long before = worldRows();
        JsonPath body = editor().contentType("application/json")
                .body("{\"text\": \"" + TEXT.replace("\"", "\\\"") + "\", \"publishedOn\": \"2024-05-15\","
                        + " \"language\": \"fr\"}")
                .when().post("/sources").then().statusCode(201).extract().jsonPath();

        List<String> places = body.getList("events.place.id", String.class);
        assertThat(places).containsExactlyInAnyOrder("geonames:3033791", "geonames:2986495");
        assertThat(body.getList("events.place.name", String.class)).containsExactlyInAnyOrder("Belfort", "Poitiers");
        assertThat(body.getList("events.place.latitude", Float.class)).doesNotContainNull();
        assertThat(worldRows() - before).as("place rows stored: the two towns, not the world").isEqualTo(2);

        // Stored places answer queries by name like the curated ones.
        List<String> atPoitiers = given().queryParam("place", "Poitiers").get("/events").then().statusCode(200)
                .extract().jsonPath().getList("items.place.id", String.class);
        assertThat(atPoitiers).containsExactly("geonames:2986495");
    }

    private static long worldRows() {
        return QuarkusTransaction.requiringNew().call(() -> Place.count("id like 'geonames:%'"));
    }
}
