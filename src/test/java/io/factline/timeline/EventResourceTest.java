package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.factline.temporal.TimeOfDay;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EventResourceTest {

    /** The timeline's order: earliest, latest, time of day (a whole day, without one, first), id. */
    private static final Comparator<Map<String, Object>> TIMELINE_ORDER = Comparator
            .<Map<String, Object>, String>comparing(event -> (String) date(event).get("earliest"))
            .thenComparing(event -> (String) date(event).get("latest"))
            .thenComparing(event -> TimeOfDay.of((String) date(event).get("value")),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(event -> (String) event.get("id"));

    @Test
    void listsBakhmutShellingOfFebruary2023WithItsProvenance() {
        Response response = given().queryParam("from", "2023-02").queryParam("to", "2023-02")
                .when().get("/events")
                .then().statusCode(200).contentType("application/json")
                .extract().response();
        JsonPath event = new JsonPath(response.asString())
                .setRootPath("items.find { it.id == 'bakhmut-shelling' }");
        assertThat(event.getString("id")).as("bakhmut-shelling is listed").isEqualTo("bakhmut-shelling");
        assertThat(event.getString("date.value")).isEqualTo("2023-02-13");
        assertThat(event.getString("date.precision")).isEqualTo("DAY");
        assertThat(event.getString("date.earliest")).isEqualTo("2023-02-13");
        assertThat(event.getString("date.latest")).isEqualTo("2023-02-13");
        assertThat(event.getString("date.expression")).isEqualTo("lundi");
        assertThat(event.getString("date.anchor")).isEqualTo("2023-02-13");
        assertThat(event.getString("date.sourceId")).isEqualTo("001_b5e0b783de3c455c");
        assertThat(event.getString("date.rule")).isNotBlank();
        assertThat(event.getString("status")).isEqualTo("reviewed");
        assertThat(event.getString("place.name")).isEqualTo("Bakhmut");
        assertThat(event.getList("citations.sourceId")).containsOnly("001_b5e0b783de3c455c");
        assertThat(event.getString("citations[0].quote")).contains("Bakhmut").contains("lundi");
        assertThat(event.getString("citations[0].url"))
                .startsWith("https://www.aljazeera.com/news/2023/2/13/").contains("#:~:text=");
    }

    @Test
    void servesEventsOfEveryPrecisionTheSeedsNeed() {
        assertDate("bucharest-summit-2008", "2008", "YEAR", "2008-01-01", "2008-12-31");
        assertDate("nato-foreign-ministers-meet-in-bucharest", "2022-11-29", "DAY", "2022-11-29", "2022-11-29");
        assertDate("allies-meet-at-nato-headquarters", "2023-02-14", "DAY", "2023-02-14", "2023-02-14");
        assertDate("stoltenberg-visits-kyiv", "2023-04-20", "DAY", "2023-04-20", "2023-04-20");
        assertDate("ramstein-meeting", "2023-04-21", "DAY", "2023-04-21", "2023-04-21");
        assertDate("kharkiv-offensive", "2024-05-10", "DAY", "2024-05-10", "2024-05-10");
        assertDate("rabotino-captured", "2024-05-15", "DAY", "2024-05-15", "2024-05-15");
        // "jeudi matin": a part of the day, a TIMEX3 TIME on its day; no clock time.
        assertDate("kharkiv-liptsy-road-under-russian-fire-control", "2024-05-16TMO", "PART_OF_DAY", "2024-05-16",
                "2024-05-16");
        given().when().get("/events/kharkiv-liptsy-road-under-russian-fire-control")
                .then().body("date.time", nullValue()).body("date.expression", equalTo("jeudi matin"));
    }

    @Test
    void resolvesAnaphoraAgainstTheEarlierDateOfTheSameText() {
        given().when().get("/events/rabotino-captured")
                .then().statusCode(200)
                .body("date.expression", equalTo("Un jour plus tôt"))
                .body("date.anchor", equalTo("2024-05-16"))
                .body("place.aliases", hasItem("Rabotino"));
    }

    @Test
    void mergesRepeatedReportsOfOneEventIntoCitations() {
        given().when().get("/events/allies-meet-at-nato-headquarters")
                .then().statusCode(200)
                .body("citations.size()", equalTo(2))
                .body("sourceCount", equalTo(1));
        Response ramstein = given().when().get("/events/ramstein-meeting").then().statusCode(200).extract().response();
        assertThat(ramstein.jsonPath().getList("citations")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void coversAtLeastTwentyEventsSortedByEarliestThenLatestThenTimeThenId() {
        List<Map<String, Object>> all = allEvents(Map.of(), 500);
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        for (int i = 1; i < all.size(); i++) {
            assertThat(TIMELINE_ORDER.compare(all.get(i - 1), all.get(i))).as(all.get(i - 1).get("id") + " before "
                    + all.get(i).get("id")).isNegative();
        }
    }

    @Test
    void followsTheCursorAndLinkHeaderToTheEndWithoutGapsOrRepeats() {
        List<Map<String, Object>> all = allEvents(Map.of(), 500);
        List<Map<String, Object>> paged = new ArrayList<>();
        Response page = given().queryParam("limit", 4).when().get("/events").then().statusCode(200).extract().response();
        int pages = 1;
        while (true) {
            paged.addAll(page.jsonPath().getList("items"));
            String next = page.jsonPath().getString("next");
            if (next == null) {
                assertThat(page.header("Link")).isNull();
                break;
            }
            String link = page.header("Link");
            assertThat(link).startsWith("<").endsWith(">; rel=\"next\"").contains("cursor=").contains("limit=4");
            String url = link.substring(1, link.indexOf('>'));
            page = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().response();
            pages++;
        }
        assertThat(pages).isEqualTo((all.size() + 3) / 4);
        assertThat(paged.stream().map(e -> e.get("id")).toList()).isEqualTo(all.stream().map(e -> e.get("id")).toList());
    }

    @Test
    void keepsEventsWhoseIntervalOverlapsTheWindow() {
        // to=2022-11 runs to 30 Nov: the week of 28 Nov - 4 Dec 2022 overlaps it, and so does from=2022-12.
        List<Object> november = ids(Map.of("from", "2022-11", "to", "2022-11"));
        List<Object> december = ids(Map.of("from", "2022-12-01", "to", "2022-12-31"));
        List<Object> overlapping = new ArrayList<>(november);
        overlapping.retainAll(december);
        assertThat(november).contains("nato-foreign-ministers-meet-in-bucharest");
        assertThat(december).doesNotContain("nato-foreign-ministers-meet-in-bucharest");
        assertThat(overlapping).isNotEmpty();
        // A year-precision event overlaps any window inside its year.
        assertThat(ids(Map.of("from", "2008-06-15", "to", "2008-06-15"))).containsExactly("bucharest-summit-2008");
        assertThat(ids(Map.of("to", "1988"))).isEmpty();
        assertThat(ids(Map.of("from", "2024-05-20"))).isEmpty();
    }

    @Test
    void filtersByPlaceWhateverTheSpelling() {
        List<Object> kharkivRegion = ids(Map.of("place", "Kharkiv Oblast"));
        assertThat(kharkivRegion).contains("kharkiv-offensive");
        assertThat(ids(Map.of("place", "région de kharkov"))).isEqualTo(kharkivRegion);
        assertThat(ids(Map.of("place", "Rabotino"))).containsExactly("rabotino-captured");
        assertThat(ids(Map.of("place", "robotyne"))).containsExactly("rabotino-captured");
        assertThat(ids(Map.of("place", "Atlantis"))).isEmpty();
    }

    @Test
    void filtersByActorTagSourceTextAndStatus() {
        assertThat(ids(Map.of("actor", "Stoltenberg"))).contains("stoltenberg-visits-kyiv", "ramstein-meeting");
        assertThat(ids(Map.of("source", "004_1ac56a06fa62bc08"))).contains("ramstein-meeting")
                .doesNotContain("bakhmut-shelling");
        assertThat(ids(Map.of("q", "RABOTINO"))).contains("rabotino-captured");
        assertThat(ids(Map.of("q", "100%_"))).isEmpty();
        assertThat(ids(Map.of("status", "reviewed"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ids(Map.of("status", "extracted"))).isEmpty();
        String tag = given().when().get("/events/bakhmut-shelling").then().extract().jsonPath().getString("tags[0]");
        assertThat(ids(Map.of("tag", tag))).contains("bakhmut-shelling");
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "from, 2023-13",
            "from, yesterday",
            "from, 2023-02-30",
            "to, 23-02",
            "to, 2023/02/01",
            "limit, 0",
            "limit, 501",
            "limit, ten",
            "cursor, not-a-cursor",
            "status, deleted",
    })
    void rejectsMalformedParametersWithAProblem(String name, String value) {
        given().queryParam(name, value)
                .when().get("/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:factline:problem:invalid-parameter"))
                .body("title", notNullValue())
                .body("detail", startsWith("Parameter '" + name + "'"))
                .body("errors[0].name", equalTo(name))
                .body("instance", equalTo("/events"));
    }

    @Test
    void rejectsFromAfterTo() {
        given().queryParam("from", "2023-03").queryParam("to", "2023-02")
                .when().get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("from"));
    }

    @Test
    void acceptsFromAndToInsideTheSameMonth() {
        given().queryParam("from", "2023-02-14").queryParam("to", "2023-02")
                .when().get("/events")
                .then().statusCode(200)
                .body("items.id", hasItem("allies-meet-at-nato-headquarters"))
                .body("items.id", not(hasItem("bakhmut-shelling")));
    }

    @Test
    void answersUnknownEventWith404Problem() {
        given().when().get("/events/no-such-event")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No event has the id 'no-such-event'"));
    }

    @Test
    void answersUnsupportedAcceptWith406Problem() {
        given().accept("application/xml")
                .when().get("/events")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("application/json"));
    }

    @Test
    void neverLeaksInternalsInProblems() {
        String body = given().queryParam("from", "2023-99").when().get("/events").then().statusCode(400)
                .extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("io.factline").doesNotContain("\tat ");
    }

    @Test
    void showsEveryEventsDateProvenanceAndCitations() {
        List<Map<String, Object>> all = allEvents(Map.of(), 500);
        given().queryParam("limit", 500).when().get("/events").then()
                .body("items.date.expression", everyItem(notNullValue()))
                .body("items.date.rule", everyItem(notNullValue()))
                .body("items.citations", everyItem(not(org.hamcrest.Matchers.empty())))
                .body("next", nullValue());
        assertThat(all).allSatisfy(e -> assertThat((String) e.get("title")).hasSizeLessThanOrEqualTo(120));
    }

    private static void assertDate(String id, String value, String precision, String earliest, String latest) {
        given().when().get("/events/" + id)
                .then().statusCode(200)
                .body("date.value", equalTo(value))
                .body("date.precision", equalTo(precision))
                .body("date.earliest", equalTo(earliest))
                .body("date.latest", equalTo(latest));
    }

    private static List<Object> ids(Map<String, String> params) {
        return allEvents(params, 500).stream().map(e -> e.get("id")).toList();
    }

    static List<Map<String, Object>> allEvents(Map<String, String> params, int limit) {
        JsonPath page = given().queryParams(params).queryParam("limit", limit)
                .when().get("/events").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("next")).as("one page holds the seed timeline").isNull();
        return page.getList("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> date(Map<String, Object> event) {
        return (Map<String, Object>) event.get("date");
    }
}
