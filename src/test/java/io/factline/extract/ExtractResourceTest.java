package io.factline.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ExtractResourceTest {

    private static final String KHARKIV = "Les troupes russes ont lancé vendredi dernier une offensive dans la région "
            + "de Kharkov. Un jour plus tôt, rien ne bougeait. Les combats ont duré pendant trois jours.";

    @Test
    void resolvesExpressionsAgainstThePublicationDate() {
        given().contentType("application/json")
                .body(Map.of("text", KHARKIV, "publishedOn", "2024-05-16", "language", "fr"))
                .when().post("/extract")
                .then().statusCode(200).contentType("application/json")
                .body("language", equalTo("fr"))
                .body("publishedOn", equalTo("2024-05-16"))
                .body("timexes[0].text", equalTo("vendredi dernier"))
                .body("timexes[0].start", equalTo(29))
                .body("timexes[0].end", equalTo(45))
                .body("timexes[0].type", equalTo("DATE"))
                .body("timexes[0].value", equalTo("2024-05-10"))
                .body("timexes[0].precision", equalTo("DAY"))
                .body("timexes[0].earliest", equalTo("2024-05-10"))
                .body("timexes[0].latest", equalTo("2024-05-10"))
                .body("timexes[0].anchor", equalTo("2024-05-16"))
                .body("timexes[0].mod", nullValue())
                .body("timexes[1].text", equalTo("Un jour plus tôt"))
                .body("timexes[1].value", equalTo("2024-05-09"))
                .body("timexes[1].anchor", equalTo("2024-05-10"));
    }

    @Test
    void returnsTimesWithTheirTypeValuePrecisionAndClockTime() {
        String text = "Le maire a parlé jeudi à 21 h 45. Vendredi matin, la place était vide.";
        given().contentType("application/json")
                .body(Map.of("text", text, "publishedOn", "2024-05-17", "language", "fr"))
                .when().post("/extract")
                .then().statusCode(200)
                .body("timexes[0].text", equalTo("jeudi à 21 h 45"))
                .body("timexes[0].type", equalTo("TIME"))
                .body("timexes[0].value", equalTo("2024-05-16T21:45"))
                .body("timexes[0].precision", equalTo("MINUTE"))
                .body("timexes[0].earliest", equalTo("2024-05-16"))
                .body("timexes[0].latest", equalTo("2024-05-16"))
                .body("timexes[0].time", equalTo("21:45"))
                .body("timexes[1].text", equalTo("Vendredi matin"))
                .body("timexes[1].type", equalTo("TIME"))
                .body("timexes[1].value", equalTo("2024-05-17TMO"))
                .body("timexes[1].precision", equalTo("PART_OF_DAY"))
                .body("timexes[1].time", nullValue())
                .body("statements", hasSize(2))
                .body("statements.timex.type", everyItem(equalTo("TIME")));
    }

    @Test
    void listsTheSentencesThatCarryADateButNotDurations() {
        given().contentType("application/json")
                .body(Map.of("text", KHARKIV, "publishedOn", "2024-05-16"))
                .when().post("/extract")
                .then().statusCode(200)
                .body("language", equalTo("fr"))
                .body("statements", hasSize(2))
                .body("statements[0].start", equalTo(0))
                .body("statements[0].text", equalTo("Les troupes russes ont lancé vendredi dernier une offensive "
                        + "dans la région de Kharkov."))
                .body("statements[0].timex.value", equalTo("2024-05-10"))
                .body("statements.timex.type", not(hasItem("DURATION")))
                .body("timexes.findAll { it.type == 'DURATION' }.earliest", not(hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void detectsEnglish() {
        given().contentType("application/json")
                .body(Map.of("text", "The ministers met in Brussels last Friday and will meet again next month.",
                        "publishedOn", "2024-05-16"))
                .when().post("/extract")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("timexes.text", hasItem("last Friday"))
                .body("timexes.find { it.text == 'last Friday' }.value", equalTo("2024-05-10"))
                .body("timexes.find { it.text == 'next month' }.value", equalTo("2024-06"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing text|text|     |2024-05-16|fr",
            "malformed publishedOn|publishedOn|Hier.|16/05/2024|fr",
            "impossible publishedOn|publishedOn|Hier.|2024-02-30|fr",
            "missing publishedOn|publishedOn|Hier.||fr",
            "unsupported language|language|Gestern.|2024-05-16|de",
    })
    void rejectsBadInputWithAProblem(String why, String field, String text, String publishedOn, String language) {
        Map<String, String> body = new HashMap<>();
        body.put("text", text);
        body.put("publishedOn", publishedOn);
        body.put("language", language);
        given().contentType("application/json").body(body)
                .when().post("/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo(field));
    }

    @Test
    void rejectsMalformedJson() {
        given().contentType("application/json").body("{\"text\": ")
                .when().post("/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsNonJsonBodies() {
        given().contentType("text/plain").body("hier")
                .when().post("/extract")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void rejectsTextsOverOneMebibyte() {
        String text = "a".repeat((1 << 20) + 1);
        given().contentType("application/json").body(Map.of("text", text, "publishedOn", "2024-05-16"))
                .when().post("/extract")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].name", equalTo("text"));
    }

    @Test
    void rejectsBodiesOverTheHttpLimit() {
        String text = "a".repeat(3 << 20);
        given().contentType("application/json").body(Map.of("text", text, "publishedOn", "2024-05-16"))
                .when().post("/extract")
                .then().statusCode(413);
    }
}
