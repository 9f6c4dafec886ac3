package io.factline.ingest;

import static io.factline.Editors.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed POST /sources is refused with a problem naming the field, and stores nothing. */
@QuarkusTest
class SourcePostValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no text                 | {"publishedOn": "2023-04-21"}                                             | text
            blank text              | {"text": "  \\n ", "publishedOn": "2023-04-21"}                           | text
            text not a string       | {"text": 42, "publishedOn": "2023-04-21"}                                 | text
            text with NUL           | {"text": "Le 3 mai\\u0000 2021.", "publishedOn": "2023-04-21"}            | text
            lone surrogate          | {"text": "Le 3 mai \\ud83d 2021.", "publishedOn": "2023-04-21"}           | text
            no publishedOn          | {"text": "Le 3 mai 2021."}                                                | publishedOn
            publishedOn not a date  | {"text": "Le 3 mai 2021.", "publishedOn": "yesterday"}                    | publishedOn
            publishedOn 30 February | {"text": "Le 3 mai 2021.", "publishedOn": "2023-02-30"}                   | publishedOn
            publishedOn a month     | {"text": "Le 3 mai 2021.", "publishedOn": "2023-02"}                      | publishedOn
            unsupported language    | {"text": "Am 3. Mai 2021.", "publishedOn": "2023-04-21", "language": "de"} | language
            url not a URL           | {"text": "Le 3 mai 2021.", "publishedOn": "2023-04-21", "url": "not a url"} | url
            url not http            | {"text": "Le 3 mai 2021.", "publishedOn": "2023-04-21", "url": "ftp://example.org/a"} | url
            unknown field           | {"text": "Le 3 mai 2021.", "publishedOn": "2023-04-21", "auteur": "x"}   | auteur
            """)
    void refusesAMalformedField(String what, String body, String field) {
        JsonPath problem = editor().contentType("application/json").body(body).when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .extract().jsonPath();
        assertThat(problem.getList("errors.name", String.class)).contains(field);
        assertThat(problem.getString("detail")).contains(field);
    }

    @Test
    void namesEveryOffendingFieldAtOnce() {
        String title = "t".repeat(1001);
        JsonPath problem = editor().contentType("application/json")
                .body("{\"text\": \"\", \"publishedOn\": \"2023-13-01\", \"language\": \"xx\", \"title\": \"" + title
                        + "\", \"url\": \"mailto:a@b.c\"}")
                .when().post("/sources").then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.name", String.class))
                .containsExactly("text", "publishedOn", "language", "title", "url");
    }

    @Test
    void refusesABodyThatIsNotJsonOrNotAnObject() {
        editor().contentType("application/json").body("{\"text\": ").when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json");
        editor().contentType("application/json").body("[\"a\"]").when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json");
        editor().contentType("application/json").body("null").when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesAnUnsupportedContentType() {
        editor().contentType("application/xml").body("<text/>").when().post("/sources")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void refusesATextLongerThanOneMebibyte() {
        String text = "a".repeat((1 << 20) + 1);
        editor().contentType("application/json").body("{\"text\": \"" + text + "\", \"publishedOn\": \"2023-04-21\"}")
                .when().post("/sources")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors.name", hasItem("text"));
        editor().contentType("text/plain; charset=UTF-8").body(text).queryParam("publishedOn", "2023-04-21")
                .when().post("/sources")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void refusesABodyOverTheTwoMebibyteLimit() {
        String text = "a".repeat(3 << 20);
        editor().contentType("text/plain; charset=UTF-8").body(text).queryParam("publishedOn", "2023-04-21")
                .when().post("/sources")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no publishedOn     | Le 3 mai 2021. |            |      | publishedOn
            publishedOn a word | Le 3 mai 2021. | hier       |      | publishedOn
            a bad language     | Le 3 mai 2021. | 2023-04-21 | klingon | language
            """)
    void refusesAPlainTextPostWithABadParameter(String what, String text, String publishedOn, String language,
            String parameter) {
        var request = editor().contentType("text/plain; charset=UTF-8").body(text);
        if (publishedOn != null) {
            request.queryParam("publishedOn", publishedOn);
        }
        if (language != null) {
            request.queryParam("language", language);
        }
        request.when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:factline:problem:invalid-parameter"))
                .body("errors.name", equalTo(List.of(parameter)));
    }

    @Test
    void refusesAnEmptyPlainTextBody() {
        editor().contentType("text/plain; charset=UTF-8").body("").queryParam("publishedOn", "2023-04-21")
                .when().post("/sources")
                .then().statusCode(400).body("errors.name", hasItem("text"));
    }

    @Test
    void storesNothingWhenRefusing() {
        int before = editor().get("/sources?limit=500").then().extract().jsonPath().getList("items").size();
        editor().contentType("application/json").body("{\"text\": \"Le 3 mai 2021.\", \"publishedOn\": \"x\"}")
                .when().post("/sources").then().statusCode(400);
        assertThat(editor().get("/sources?limit=500").then().extract().jsonPath().getList("items")).hasSize(before);
    }

    @Test
    void answersAnUnknownSourceDeletionWith404() {
        editor().when().delete("/sources/no-such-source")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
