package io.factline.timeline;

import static io.factline.Editors.editor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.factline.Editors;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Editors add, correct and delete events; the change feed tells mirrors about all of it. */
@QuarkusTest
@TestProfile(Editors.WritesProfile.class)
class EventEditingTest {

    private static final String BUCHAREST_SOURCE = "003_91513574e7c7d43d";
    private static final String BAKHMUT_SOURCE = "001_b5e0b783de3c455c";
    /** JSON is UTF-8 (RFC 8259); REST Assured would send this media type in ISO-8859-1 unless told. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String MEETING = "Les membres de l’OTAN et les autres alliés de l’Ukraine se réunissent mardi";

    @Test
    void addsAReviewedEventWhoseQuoteIsFoundVerbatimInItsSource() {
        String body = "{\"title\": \"Stoltenberg : « Nous ne reculerons pas »\", \"date\": \"2022-11-29\", "
                + "\"place\": \"Bucarest\", \"actors\": [\"Stoltenberg\", \"nato\"], \"tags\": [\"discours\"], "
                + "\"citations\": [{\"sourceId\": \"" + BUCHAREST_SOURCE + "\", \"quote\": \"Nous ne reculerons pas\"}]}";
        JsonPath event = editor().contentType("application/json").body(body).when().post("/events")
                .then().statusCode(201).header("Location", endsWith("/events/2022-11-29-stoltenberg-reculerons"))
                .extract().jsonPath();
        assertThat(event.getString("id")).isEqualTo("2022-11-29-stoltenberg-reculerons");
        assertThat(event.getString("status")).isEqualTo("reviewed");
        assertThat(event.getString("place.id")).isEqualTo("bucharest");
        assertThat(event.getList("actors.id", String.class)).containsExactlyInAnyOrder("jens-stoltenberg", "nato");
        assertThat(event.getString("date.value")).isEqualTo("2022-11-29");
        assertThat(event.getString("date.precision")).isEqualTo("DAY");
        assertThat(event.getString("date.rule")).isEqualTo("editor");
        assertThat(event.getString("createdAt")).isEqualTo(event.getString("updatedAt"));
        String text = given().get("/sources/" + BUCHAREST_SOURCE + "/text").then().extract().asString();
        int start = event.getInt("citations[0].start");
        int end = event.getInt("citations[0].end");
        assertThat(new String(text.codePoints().toArray(), start, end - start)).isEqualTo("Nous ne reculerons pas");
        given().get("/events/2022-11-29-stoltenberg-reculerons").then().statusCode(200)
                .body("citations[0].quote", equalTo("Nous ne reculerons pas"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2022-11-29T21:45 | 2022-11-29T21:45 | MINUTE      | 21:45
            2022-11-29T07:05 | 2022-11-29T07:05 | MINUTE      | 07:05
            2022-11-29TEV    | 2022-11-29TEV    | PART_OF_DAY | -
            2022-11-29tmo    | 2022-11-29TMO    | PART_OF_DAY | -
            """)
    void setsADateBelowTheDayWithItsTime(String written, String value, String precision, String time) {
        String id = "editor-time-" + UUID.randomUUID();
        String body = "{\"id\": \"" + id + "\", \"title\": \"Discours\", \"date\": \"" + written + "\", "
                + "\"citations\": [{\"sourceId\": \"" + BUCHAREST_SOURCE + "\", \"quote\": \"Nous ne reculerons pas\"}]}";
        editor().contentType("application/json").body(body).when().post("/events")
                .then().statusCode(201)
                .body("date.value", equalTo(value))
                .body("date.precision", equalTo(precision))
                .body("date.time", equalTo(time))
                .body("date.earliest", equalTo("2022-11-29"))
                .body("date.latest", equalTo("2022-11-29"))
                .body("date.rule", equalTo("editor"));
        given().get("/events/" + id).then().statusCode(200)
                .body("date.value", equalTo(value))
                .body("date.time", equalTo(time));
    }

    @Test
    void datesAnEventFromTheExpressionOfACitationAsTheResolverReadsIt() {
        String citation = "{\"sourceId\": \"" + BAKHMUT_SOURCE + "\", \"quote\": \"" + MEETING + "\", "
                + "\"dateExpression\": \"mardi\"";
        editor().contentType("application/json").body("{\"title\": \"Réunion\", \"citations\": [" + citation + "}]}")
                .when().post("/events")
                .then().statusCode(422).body("errors.name", hasItem("citations[0].occurrence"));
        JsonPath event = editor().contentType("application/json")
                .body("{\"id\": \"allies-meet-again\", \"title\": \"Réunion\", \"citations\": [" + citation
                        + ", \"occurrence\": 2}]}")
                .when().post("/events").then().statusCode(201).extract().jsonPath();
        assertThat(event.getString("date.value")).isEqualTo("2023-02-14");
        assertThat(event.getString("date.expression")).isEqualTo("mardi");
        assertThat(event.getString("date.sourceId")).isEqualTo(BAKHMUT_SOURCE);
        assertThat(event.getString("date.rule")).isNotBlank().isNotEqualTo("editor");
        String text = given().get("/sources/" + BAKHMUT_SOURCE + "/text").then().extract().asString();
        assertThat(event.getInt("citations[0].start")).isEqualTo(text.lastIndexOf(MEETING));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quote not in the source | {"title": "x", "date": "2023", "citations": [{"sourceId": "001_b5e0b783de3c455c", "quote": "Paris brûle-t-il ?"}]} | citations[0].quote
            unknown source          | {"title": "x", "date": "2023", "citations": [{"sourceId": "nope", "quote": "Bakhmut"}]}                       | citations[0].sourceId
            unknown place           | {"title": "x", "date": "2023", "place": "Atlantis", "citations": [{"sourceId": "001_b5e0b783de3c455c", "quote": "Bakhmut", "occurrence": 1}]} | place
            unknown actor           | {"title": "x", "date": "2023", "actors": ["nato", "Napoléon"], "citations": [{"sourceId": "001_b5e0b783de3c455c", "quote": "Bakhmut", "occurrence": 1}]} | actors[1]
            date expression outside | {"title": "x", "citations": [{"sourceId": "001_b5e0b783de3c455c", "quote": "Bakhmut", "occurrence": 1, "dateExpression": "lundi"}]} | citations[0].dateExpression
            occurrence too high     | {"title": "x", "date": "2023", "citations": [{"sourceId": "001_b5e0b783de3c455c", "quote": "Bakhmut", "occurrence": 99}]} | citations[0].occurrence
            """)
    void refusesWithA422WhatIsWellFormedButNotSo(String what, String body, String field) {
        editor().contentType("application/json").body(body).when().post("/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:factline:problem:unprocessable"))
                .body("errors.name", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title                  | {"date": "2023", "citations": [{"sourceId": "s", "quote": "q"}]}                     | title
            blank title               | {"title": " ", "date": "2023", "citations": [{"sourceId": "s", "quote": "q"}]}       | title
            no citation               | {"title": "x", "date": "2023"}                                                       | citations
            empty citations           | {"title": "x", "date": "2023", "citations": []}                                      | citations
            citation without quote    | {"title": "x", "date": "2023", "citations": [{"sourceId": "s"}]}                     | citations[0].quote
            citation without source   | {"title": "x", "date": "2023", "citations": [{"quote": "q"}]}                        | citations[0].sourceId
            no date                   | {"title": "x", "citations": [{"sourceId": "s", "quote": "q"}]}                       | date
            two dates                 | {"title": "x", "date": "2023", "citations": [{"sourceId": "s", "quote": "q", "dateExpression": "q"}]} | date
            malformed date            | {"title": "x", "date": "2023-13", "citations": [{"sourceId": "s", "quote": "q"}]}    | date
            date that does not exist  | {"title": "x", "date": "2023-02-29", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            hour without minutes      | {"title": "x", "date": "2023-02-13T18", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            time without a day        | {"title": "x", "date": "2023-02T21:45", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            time with seconds         | {"title": "x", "date": "2023-02-13T21:45:10", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            time that does not exist  | {"title": "x", "date": "2023-02-13T25:10", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            minute that does not exist | {"title": "x", "date": "2023-02-13T21:60", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            unknown part of the day   | {"title": "x", "date": "2023-02-13TXX", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            time zone                 | {"title": "x", "date": "2023-02-13T21:45Z", "citations": [{"sourceId": "s", "quote": "q"}]} | date
            malformed id              | {"id": "Not A Slug", "title": "x", "date": "2023", "citations": [{"sourceId": "s", "quote": "q"}]} | id
            unknown status            | {"title": "x", "date": "2023", "status": "draft", "citations": [{"sourceId": "s", "quote": "q"}]} | status
            occurrence zero           | {"title": "x", "date": "2023", "citations": [{"sourceId": "s", "quote": "q", "occurrence": 0}]} | citations[0].occurrence
            blank tag                 | {"title": "x", "date": "2023", "tags": ["ok", " "], "citations": [{"sourceId": "s", "quote": "q"}]} | tags[1]
            unknown field             | {"title": "x", "date": "2023", "when": "now", "citations": [{"sourceId": "s", "quote": "q"}]} | when
            title not a string        | {"title": 7, "date": "2023", "citations": [{"sourceId": "s", "quote": "q"}]}         | title
            """)
    void refusesWithA400AMalformedNewEvent(String what, String body, String field) {
        editor().contentType("application/json").body(body).when().post("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", hasItem(field));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-16T9:45  | expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm (a clock time) or YYYY-MM-DDTMO, MI, AF, DT, EV or NI (a part of the day)
            2024-05-16TSOIR  | expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm (a clock time) or YYYY-MM-DDTMO, MI, AF, DT, EV or NI (a part of the day)
            2024-05-16T24:00 | '2024-05-16T24:00' does not exist
            2024-02-30TMO    | '2024-02-30TMO' does not exist
            """)
    void rejectsAMalformedTimeSayingWhichFormsItAccepts(String date, String reason) {
        editor().contentType("application/json")
                .body("{\"title\": \"x\", \"date\": \"" + date + "\", \"citations\": [{\"sourceId\": \"s\", "
                        + "\"quote\": \"q\"}]}")
                .when().post("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:factline:problem:invalid-body"))
                .body("errors[0].name", equalTo("date"))
                .body("errors[0].reason", equalTo(reason));
    }

    @Test
    void refusesAnIdThatIsTaken() {
        editor().contentType("application/json").body("{\"id\": \"bakhmut-shelling\", \"title\": \"x\", \"date\": "
                + "\"2023\", \"citations\": [{\"sourceId\": \"" + BAKHMUT_SOURCE + "\", \"quote\": \"Bakhmut\", "
                + "\"occurrence\": 1}]}").when().post("/events")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void correctsAnEventWithAMergePatchAndMovesUpdatedAtOnlyWhenSomethingChanged() {
        String id = newEvent();
        JsonPath before = given().get("/events/" + id).then().extract().jsonPath();
        JsonPath after = editor().contentType(MERGE_PATCH)
                .body("{\"title\": \"Titre corrigé\", \"summary\": null, \"tags\": [\"visite\", \"diplomatie\"], "
                        + "\"place\": \"Kiev\", \"actors\": [\"Zelenskyy\", \"antony-blinken\"], \"status\": \"extracted\"}")
                .when().patch("/events/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("title")).isEqualTo("Titre corrigé");
        assertThat(after.getString("summary")).isNull();
        assertThat(after.getList("tags", String.class)).containsExactlyInAnyOrder("visite", "diplomatie");
        assertThat(after.getString("place.id")).isEqualTo("kyiv");
        assertThat(after.getList("actors.id", String.class)).containsExactlyInAnyOrder("volodymyr-zelensky", "antony-blinken");
        assertThat(after.getString("status")).isEqualTo("extracted");
        assertThat(after.getString("createdAt")).isEqualTo(before.getString("createdAt"));
        assertThat(OffsetDateTime.parse(after.getString("updatedAt")))
                .isAfter(OffsetDateTime.parse(before.getString("updatedAt")));

        JsonPath same = editor().contentType("application/json").body("{\"title\": \"Titre corrigé\"}")
                .when().patch("/events/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(same.getString("updatedAt")).as("nothing changed").isEqualTo(after.getString("updatedAt"));

        JsonPath cleared = editor().contentType(MERGE_PATCH)
                .body("{\"place\": null, \"actors\": null, \"tags\": [], \"status\": \"reviewed\"}")
                .when().patch("/events/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(cleared.getString("place")).isNull();
        assertThat(cleared.getList("actors")).isEmpty();
        assertThat(cleared.getList("tags")).isEmpty();
        assertThat(cleared.getString("title")).as("absent fields are left alone").isEqualTo("Titre corrigé");
        assertThat(cleared.getString("status")).isEqualTo("reviewed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            removing the title  | {"title": null}         | 400 | title
            blank title         | {"title": ""}           | 400 | title
            unknown field       | {"date": "2023"}        | 400 | date
            tags not an array   | {"tags": "a"}           | 400 | tags
            actor not a string  | {"actors": [1]}         | 400 | actors[0]
            removing the status | {"status": null}        | 400 | status
            unknown status      | {"status": "approved"}  | 400 | status
            unknown place       | {"place": "Atlantis"}   | 422 | place
            unknown actor       | {"actors": ["Zorro"]}   | 422 | actors[0]
            """)
    void refusesABadPatchAndChangesNothing(String what, String body, int status, String field) {
        String id = newEvent();
        String before = given().get("/events/" + id).then().extract().asString();
        editor().contentType(MERGE_PATCH).body(body).when().patch("/events/" + id)
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.name", hasItem(field));
        assertThat(given().get("/events/" + id).then().extract().asString()).isEqualTo(before);
    }

    @Test
    void refusesAPatchThatIsNotAJsonObject() {
        String id = newEvent();
        for (String body : List.of("[]", "\"title\"", "{\"title\": ", "")) {
            editor().contentType(MERGE_PATCH).body(body).when().patch("/events/" + id)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        editor().contentType("text/plain").body("title=x").when().patch("/events/" + id).then().statusCode(415);
        editor().contentType(MERGE_PATCH).body("{\"title\": \"x\"}")
                .when().patch("/events/no-such-event").then().statusCode(404);
    }

    @Test
    void deletesAnEventAndShowsItsTombstoneInTheChangeFeed() {
        String id = newEvent();
        String since = given().get("/events/" + id).then().extract().jsonPath().getString("updatedAt");
        editor().when().delete("/events/" + id).then().statusCode(204);
        given().get("/events/" + id).then().statusCode(404);
        editor().when().delete("/events/" + id).then().statusCode(404);

        JsonPath feed = given().queryParam("updatedSince", since).queryParam("limit", 500).get("/events")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> tombstone = feed.getMap("items.find { it.id == '" + id + "' }");
        assertThat(tombstone).containsEntry("deleted", true).containsKeys("id", "updatedAt").hasSize(3);
        assertThat(OffsetDateTime.parse((String) tombstone.get("updatedAt")))
                .isAfterOrEqualTo(OffsetDateTime.parse(since));
        given().queryParam("limit", 500).get("/events").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }", nullValue());

        // An editor may bring the id back; it then leaves the tombstones.
        editor().contentType("application/json").body(newEventBody(id)).when().post("/events").then().statusCode(201);
        JsonPath again = given().queryParam("updatedSince", since).queryParam("limit", 500).get("/events")
                .then().extract().jsonPath();
        assertThat(again.getList("items.findAll { it.id == '" + id + "' }.deleted")).containsExactly((Object) null);
    }

    @Test
    void pagesThroughTheChangeFeedInUpdateOrder() {
        String first = newEvent();
        String since = given().get("/events/" + first).then().extract().jsonPath().getString("updatedAt");
        String second = newEvent();
        editor().contentType("application/json").body("{\"summary\": \"vu\"}").patch("/events/" + first)
                .then().statusCode(200);
        String third = newEvent();
        editor().delete("/events/" + third).then().statusCode(204);

        List<String> ids = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("updatedSince", since).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/events").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            stamps.addAll(page.getList("items.updatedAt", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(ids).containsSubsequence(second, first, third).doesNotHaveDuplicates();
        for (int i = 1; i < stamps.size(); i++) {
            assertThat(OffsetDateTime.parse(stamps.get(i))).isAfterOrEqualTo(OffsetDateTime.parse(stamps.get(i - 1)));
        }
    }

    @Test
    void answersAnEmptyFeedForAnInstantAfterEveryChange() {
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/events")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("next", nullValue());
        given().queryParam("updatedSince", "2999-01-01T01:00:00+01:00").get("/events")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("updatedSince", "2999-01-01").get("/events")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2024-13-01", "2024-05-16T25:00:00Z", "2024-05-16T08:00:00"})
    void refusesAMalformedUpdatedSince(String value) {
        given().queryParam("updatedSince", value).get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("updatedSince"));
    }

    @Test
    void refusesACursorOfTheOtherOrder() {
        String timelineCursor = given().queryParam("limit", 1).get("/events").then().extract().jsonPath()
                .getString("next");
        given().queryParam("updatedSince", "2000-01-01").queryParam("cursor", timelineCursor).get("/events")
                .then().statusCode(400).body("errors[0].name", equalTo("cursor"));
        String feedCursor = given().queryParam("updatedSince", "2000-01-01").queryParam("limit", 1).get("/events")
                .then().extract().jsonPath().getString("next");
        given().queryParam("cursor", feedCursor).get("/events").then().statusCode(400);
    }

    /** A fresh event of its own, so that each test changes only what it made. */
    private static String newEvent() {
        String id = "test-" + UUID.randomUUID();
        editor().contentType("application/json").body(newEventBody(id)).when().post("/events").then().statusCode(201);
        return id;
    }

    private static String newEventBody(String id) {
        return "{\"id\": \"" + id + "\", \"title\": \"Bakhmut sous le feu\", \"summary\": \"Résumé\", "
                + "\"date\": \"2023-02\", \"citations\": [{\"sourceId\": \"" + BAKHMUT_SOURCE + "\", "
                + "\"quote\": \"La ville de Bakhmut\"}]}";
    }
}
