package io.factline.ingest;

import static io.factline.Editors.editor;
import static io.factline.Editors.resource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.factline.Editors;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * POST /sources with two articles written for these tests (not the seeds): a French one about new events, and
 * an English report of meetings the seed timeline already holds.
 */
@QuarkusTest
@TestProfile(Editors.WritesProfile.class)
class SourceIngestionTest {

    private static final String FRENCH = resource("ingest/fr-kharkiv.txt");
    private static final String ENGLISH = resource("ingest/en-ramstein.txt");

    @TestHTTPResource("/sources")
    URI sources;

    @Test
    void turnsEachDatedSentenceOfAFrenchArticleIntoAnExtractedEventWithPlacesActorsAndExactOffsets() {
        Response response = post(FRENCH, "2024-03-08", "fr", "Kharkiv et Bruxelles", "https://example.org/kharkiv");
        response.then().statusCode(201).header("Location", endsWith("/sources/" + response.jsonPath()
                .getString("source.id")));
        JsonPath body = response.jsonPath();
        String sourceId = body.getString("source.id");
        assertThat(sourceId).matches("[0-9a-f]{16}");
        assertThat(body.getString("source.sha256")).startsWith(sourceId);
        assertThat(body.getBoolean("created")).isTrue();
        assertThat(body.getString("source.language")).isEqualTo("fr");
        assertThat(body.getInt("source.length")).isEqualTo(FRENCH.codePointCount(0, FRENCH.length()));
        assertThat(body.getList("citedEvents")).isEmpty();
        assertThat(body.getList("events.date.earliest", String.class))
                .containsExactly("2024-02-29", "2024-03-05", "2024-03-07");
        assertThat(body.getList("createdEvents", String.class)).containsExactlyInAnyOrderElementsOf(
                body.getList("events.id", String.class));

        Map<String, Object> kharkiv = event(body, "2024-03-07");
        assertThat((String) kharkiv.get("id")).startsWith("2024-03-07-").contains("kharkiv");
        assertThat(kharkiv.get("status")).isEqualTo("extracted");
        assertThat((String) kharkiv.get("title")).as("main clause, without its date").isEqualTo(
                "L’artillerie russe a pilonné Kharkiv");
        assertThat(path(kharkiv, "place.id")).isEqualTo("kharkiv");
        assertThat(path(kharkiv, "place.latitude")).isNotNull();
        assertThat(path(kharkiv, "date.expression")).isEqualTo("jeudi");
        assertThat(path(kharkiv, "date.sourceId")).isEqualTo(sourceId);
        assertThat(kharkiv.get("sourceCount")).isEqualTo(1);
        assertCitationIsExact(kharkiv, sourceId, "L’artillerie russe a pilonné Kharkiv jeudi, faisant au moins "
                + "trois blessés dans un quartier résidentiel du nord de la ville.");
        assertThat((String) path(kharkiv, "citations[0].url")).startsWith("https://example.org/kharkiv#:~:text=");

        Map<String, Object> moscow = event(body, "2024-03-05");
        assertThat(path(moscow, "place.id")).isEqualTo("moscow");
        assertThat(ids(moscow, "actors")).containsExactly("sergey-lavrov");
        assertCitationIsExact(moscow, sourceId, "Mardi 5 mars, le ministre russe des Affaires étrangères Sergueï "
                + "Lavrov avait reçu à Moscou plusieurs diplomates africains.");

        Map<String, Object> brussels = event(body, "2024-02-29");
        assertThat(path(brussels, "place.id")).isEqualTo("brussels");
        assertThat(ids(brussels, "actors")).containsExactlyInAnyOrder("jens-stoltenberg", "ukraine");
        assertThat(path(brussels, "date.precision")).isEqualTo("DAY");

        // The text is stored byte for byte, and the events are on the timeline, marked extracted.
        assertThat(given().get("/sources/" + sourceId + "/text").then().statusCode(200).extract().asString())
                .isEqualTo(FRENCH);
        assertThat(given().queryParam("status", "extracted").queryParam("source", sourceId).get("/events")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactlyElementsOf(body.getList("events.id", String.class));
        assertThat(given().queryParam("status", "reviewed").queryParam("source", sourceId).get("/events")
                .then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    @Test
    void attachesAnEnglishReportOfSeedMeetingsToTheExistingEventsInsteadOfCreatingNewOnes() {
        int ramsteinBefore = citations("ramstein-meeting");
        int headquartersBefore = citations("allies-meet-at-nato-headquarters");
        OffsetDateTime updatedBefore = OffsetDateTime.parse(given().get("/events/ramstein-meeting").then()
                .extract().jsonPath().getString("updatedAt"));

        Response response = post(ENGLISH, "2023-04-21", null, null, null);
        response.then().statusCode(201);
        JsonPath body = response.jsonPath();
        String sourceId = body.getString("source.id");
        assertThat(body.getString("source.language")).as("detected").isEqualTo("en");
        assertThat(body.getList("createdEvents")).as("no new event").isEmpty();
        assertThat(body.getList("citedEvents", String.class)).containsExactlyInAnyOrder("ramstein-meeting",
                "allies-meet-at-nato-headquarters", "stoltenberg-visits-kyiv");

        JsonPath ramstein = given().get("/events/ramstein-meeting").then().statusCode(200).extract().jsonPath();
        assertThat(ramstein.getString("status")).as("still the editors' event").isEqualTo("reviewed");
        assertThat(ramstein.getString("title")).isEqualTo("Les soutiens de l’Ukraine réunis à Ramstein");
        assertThat(ramstein.getInt("sourceCount")).isEqualTo(2);
        assertThat(ramstein.getList("citations")).hasSize(ramsteinBefore + 3);
        assertThat(ramstein.getList("citations.sourceId", String.class)).contains(sourceId);
        assertThat(OffsetDateTime.parse(ramstein.getString("updatedAt"))).isAfter(updatedBefore);
        assertThat(citations("allies-meet-at-nato-headquarters")).isEqualTo(headquartersBefore + 1);
        assertThat(given().get("/events/stoltenberg-visits-kyiv").then().extract().jsonPath()
                .getList("citations.sourceId", String.class)).contains(sourceId);
        assertThat(given().queryParam("source", sourceId).get("/events").then().extract().jsonPath()
                .getList("items.status", String.class)).containsOnly("reviewed");

        // Deleting the report takes its citations back and leaves the editors' events as they were.
        editor().delete("/sources/" + sourceId).then().statusCode(204);
        given().get("/sources/" + sourceId).then().statusCode(404);
        assertThat(citations("ramstein-meeting")).isEqualTo(ramsteinBefore);
        assertThat(citations("allies-meet-at-nato-headquarters")).isEqualTo(headquartersBefore);
        given().get("/events/ramstein-meeting").then().statusCode(200).body("sourceCount", equalTo(1));
    }

    @Test
    void createsNothingWhenTheSameTextIsPostedAgainInEitherForm() {
        String text = "Le 3 janvier 2021, des tirs ont visé Bakhmout, selon un rapport publié le 9 janvier. "
                + UUID.randomUUID();
        Response first = post(text, "2021-01-10", "fr", null, null);
        first.then().statusCode(201);
        String id = first.jsonPath().getString("source.id");
        List<String> events = first.jsonPath().getList("events.id", String.class);
        assertThat(events).isNotEmpty();
        long before = totalEvents();

        Response again = post(text, "2021-01-10", "fr", "Another title", null);
        again.then().statusCode(200).header("Location", endsWith("/sources/" + id))
                .body("created", equalTo(false))
                .body("source.id", equalTo(id))
                .body("source.title", equalTo(null))
                .body("createdEvents.size()", equalTo(0))
                .body("citedEvents.size()", equalTo(0));
        assertThat(again.jsonPath().getList("events.id", String.class)).isEqualTo(events);
        editor().contentType("text/plain; charset=UTF-8").body(text).queryParam("publishedOn", "2021-01-10")
                .when().post("/sources")
                .then().statusCode(200).body("source.id", equalTo(id));
        assertThat(totalEvents()).isEqualTo(before);
    }

    @Test
    void refusesTheSameTextWithAnotherPublicationDateOrLanguage() {
        String text = "Hier, le conseil municipal a voté le budget. " + UUID.randomUUID();
        post(text, "2021-02-10", "fr", null, null).then().statusCode(201);
        post(text, "2021-02-11", "fr", null, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("2021-02-10"));
        post(text, "2021-02-10", "en", null, null).then().statusCode(409);
        post(text, "2021-02-10", null, null, null).then().statusCode(200).body("created", equalTo(false));
    }

    @Test
    void datesAWireLeadByItsStoryNotByItsDateline() {
        String text = "KYIV, Nov. 18 (Reuters) - Russian forces shelled the centre of Bakhmut on Wednesday, killing"
                + " at least 21 people. " + UUID.randomUUID();
        JsonPath body = post(text, "2021-11-18", "en", null, null).then().statusCode(201).extract().jsonPath();
        assertThat(body.getList("events.date.value", String.class)).containsExactly("2021-11-17");
        assertThat(body.getString("events[0].title")).startsWith("Russian forces shelled the centre of Bakhmut");
        assertThat(body.getString("events[0].place.id")).isEqualTo("bakhmut");
    }

    @Test
    void acceptsPlainTextWithTheMetadataAsQueryParameters() {
        String text = "Zelensky a rencontré Blinken à Kyiv le 6 février 2022. " + UUID.randomUUID();
        JsonPath body = editor().contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("publishedOn", "2022-02-07").queryParam("language", "fr")
                .queryParam("title", "Rencontre à Kyiv").queryParam("url", "https://example.org/kyiv")
                .when().post("/sources")
                .then().statusCode(201).extract().jsonPath();
        assertThat(body.getString("source.title")).isEqualTo("Rencontre à Kyiv");
        assertThat(body.getString("source.url")).isEqualTo("https://example.org/kyiv");
        assertThat(body.getString("events[0].date.value")).isEqualTo("2022-02-06");
        assertThat(body.getString("events[0].place.id")).isEqualTo("kyiv");
        assertThat(body.getList("events[0].actors.id", String.class))
                .containsExactlyInAnyOrder("volodymyr-zelensky", "antony-blinken");
    }

    @Test
    void storesOneSourceWhenTheSameTextIsPostedConcurrently() throws Exception {
        String text = "Le 12 juin 2022, l’armée russe a bombardé Kharkiv, a indiqué le maire. " + UUID.randomUUID();
        String json = "{\"text\": \"" + text + "\", \"publishedOn\": \"2022-06-13\", \"language\": \"fr\"}";
        HttpClient client = HttpClient.newHttpClient();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return client.send(HttpRequest.newBuilder(sources)
                        .header("Authorization", "Bearer " + Editors.KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> result : results) {
            HttpResponse<String> response = result.get(60, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            ids.add(new JsonPath(response.body()).getString("source.id"));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(ids).containsOnly(ids.get(0));
        String sha = given().get("/sources/" + ids.get(0)).then().statusCode(200).extract().jsonPath()
                .getString("sha256");
        assertThat(given().get("/sources?limit=500").then().extract().jsonPath()
                .getList("items.sha256", String.class).stream().filter(sha::equals)).hasSize(1);
        assertThat(given().queryParam("source", ids.get(0)).get("/events").then().extract().jsonPath()
                .getList("items")).hasSize(1);
    }

    @Test
    void deletingASourceRemovesTheEventsOnlyItCitedAndLeavesTombstones() {
        String text = "Le 2 mars 2022, des missiles ont frappé Kharkiv. Le 4 mars 2022, Poutine a parlé à "
                + "Moscou. " + UUID.randomUUID();
        JsonPath posted = post(text, "2022-03-05", "fr", null, null).then().statusCode(201).extract().jsonPath();
        String sourceId = posted.getString("source.id");
        List<String> events = posted.getList("createdEvents", String.class);
        assertThat(events).hasSize(2);
        String since = given().get("/events/" + events.get(0)).then().extract().jsonPath().getString("updatedAt");

        editor().delete("/sources/" + sourceId).then().statusCode(204);
        given().get("/sources/" + sourceId).then().statusCode(404);
        given().get("/sources/" + sourceId + "/text").then().statusCode(404);
        for (String id : events) {
            given().get("/events/" + id).then().statusCode(404);
        }
        JsonPath feed = given().queryParam("updatedSince", since).queryParam("limit", 500).get("/events")
                .then().statusCode(200).extract().jsonPath();
        for (String id : events) {
            assertThat(feed.getBoolean("items.find { it.id == '" + id + "' }.deleted")).isTrue();
        }
        editor().delete("/sources/" + sourceId).then().statusCode(404);
    }

    private static Response post(String text, String publishedOn, String language, String title, String url) {
        StringBuilder json = new StringBuilder("{\"text\": ").append(quote(text))
                .append(", \"publishedOn\": \"").append(publishedOn).append('"');
        if (language != null) {
            json.append(", \"language\": \"").append(language).append('"');
        }
        if (title != null) {
            json.append(", \"title\": ").append(quote(title));
        }
        if (url != null) {
            json.append(", \"url\": ").append(quote(url));
        }
        return editor().contentType("application/json").body(json.append('}').toString()).when().post("/sources");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static void assertCitationIsExact(Map<String, Object> event, String sourceId, String sentence) {
        String quote = (String) path(event, "citations[0].quote");
        assertThat(quote).isEqualTo(sentence);
        int start = (Integer) path(event, "citations[0].start");
        int end = (Integer) path(event, "citations[0].end");
        int[] codePoints = FRENCH.codePoints().toArray();
        String text = given().get("/sources/" + sourceId + "/text").then().extract().asString();
        assertThat(new String(text.codePoints().toArray(), start, end - start)).isEqualTo(quote);
        // The emoji of the headline is one code point but two UTF-16 units: offsets are code points.
        int utf16 = FRENCH.indexOf(sentence);
        assertThat(start).isEqualTo(FRENCH.codePointCount(0, utf16)).isEqualTo(utf16 - 1);
        assertThat(end - start).isEqualTo(sentence.codePointCount(0, sentence.length()));
        assertThat(codePoints.length).isGreaterThan(end);
        assertThat((String) path(event, "citations[0].suffix")).isEqualTo(new String(codePoints, end,
                Math.min(32, codePoints.length - end)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(JsonPath body, String earliest) {
        return (Map<String, Object>) body.getList("events", Map.class).stream()
                .filter(e -> earliest.equals(((Map<String, Object>) e.get("date")).get("earliest")))
                .findFirst().orElseThrow(() -> new AssertionError("no event on " + earliest));
    }

    private static Object path(Map<String, Object> event, String path) {
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(event).toString()).get(path);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> event, String field) {
        return ((List<Map<String, Object>>) event.get(field)).stream().map(a -> (String) a.get("id")).toList();
    }

    private static int citations(String eventId) {
        return given().get("/events/" + eventId).then().statusCode(200).extract().jsonPath().getList("citations").size();
    }

    private static long totalEvents() {
        return given().queryParam("limit", 500).get("/events").then().extract().jsonPath().getList("items").size();
    }
}
