package io.factline.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.factline.source.SourceText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SourceResourceTest {

    private static final String BAKHMUT_SOURCE = "001_b5e0b783de3c455c";

    @Test
    void listsTheFiveSeedSourcesByPublicationDate() {
        JsonPath page = given().when().get("/sources").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly("002_43010d41d36f84ae",
                "003_91513574e7c7d43d", "001_b5e0b783de3c455c", "004_1ac56a06fa62bc08", "000_4e53fd3a5ea1eb34");
        assertThat(page.getString("next")).isNull();
    }

    @Test
    void pagesSourcesWithACursor() {
        List<String> ids = new ArrayList<>();
        JsonPath page = given().queryParam("limit", 2).when().get("/sources").then().statusCode(200)
                .extract().jsonPath();
        ids.addAll(page.getList("items.id", String.class));
        while (page.getString("next") != null) {
            page = given().queryParam("limit", 2).queryParam("cursor", page.getString("next"))
                    .when().get("/sources").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
        }
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void showsASourcesPublicationFactsButNotItsText() throws IOException {
        String text = seedText(BAKHMUT_SOURCE);
        given().when().get("/sources/" + BAKHMUT_SOURCE)
                .then().statusCode(200)
                .body("id", equalTo(BAKHMUT_SOURCE))
                .body("publisher", equalTo("Al Jazeera"))
                .body("publishedOn", equalTo("2023-02-13"))
                .body("language", equalTo("fr"))
                .body("url", equalTo("https://www.aljazeera.com/news/2023/2/13/ukraine-nato-in-logistics-race-as-russian-offensive-begins"))
                .body("sha256", equalTo(SourceText.sha256(text)))
                .body("length", equalTo(text.codePointCount(0, text.length())))
                .body("$", not(hasKey("text")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_4e53fd3a5ea1eb34", "001_b5e0b783de3c455c", "002_43010d41d36f84ae",
            "003_91513574e7c7d43d", "004_1ac56a06fa62bc08"})
    void servesTheExactTextAsReceived(String id) throws IOException {
        byte[] served = given().when().get("/sources/" + id + "/text")
                .then().statusCode(200).contentType("text/plain;charset=UTF-8")
                .extract().asByteArray();
        assertThat(served).isEqualTo(Files.readAllBytes(Path.of("seeds", id + ".txt")));
    }

    @Test
    void answersUnknownSourceWith404Problem() {
        given().when().get("/sources/nope").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/sources/nope/text").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejectsAMalformedSourceCursor() {
        given().queryParam("cursor", "%%%").when().get("/sources").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("cursor"));
    }

    static String seedText(String id) throws IOException {
        return Files.readString(Path.of("seeds", id + ".txt"), StandardCharsets.UTF_8);
    }
}
