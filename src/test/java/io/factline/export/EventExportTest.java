package io.factline.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GET /events in every export format: same filters, same order, same paging as the native JSON. */
@QuarkusTest
class EventExportTest {

    private static final Map<String, String> SPRING_2023 = Map.of("from", "2023-02", "to", "2023-04");

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void servesTheSameEventsInTheSameOrderAsJsonWhenAskedByAccept(ExportFormat format) throws Exception {
        List<String> expected = jsonIds(SPRING_2023);
        assertThat(expected).contains("bakhmut-shelling", "ramstein-meeting");
        Response response = given().accept(format.mediaType()).queryParams(SPRING_2023).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith(format.mediaType());
        assertThat(ids(format, response.asString())).isEqualTo(format == ExportFormat.GEOJSON
                ? located(SPRING_2023) : expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void servesEachFormatByItsFormatParameterWhateverTheAccept(ExportFormat format) {
        given().accept("application/json").queryParam("format", format.formatName())
                .when().get("/events")
                .then().statusCode(200).contentType(startsWith(format.mediaType()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ExportFormat.class)
    void pagesEveryFormatWithTheSameCursorAndLinkAsJson(ExportFormat format) throws Exception {
        List<String> all = jsonIds(Map.of());
        List<String> paged = new ArrayList<>();
        Response page = given().queryParam("format", format.formatName()).queryParam("limit", 5)
                .when().get("/events").then().statusCode(200).extract().response();
        while (true) {
            paged.addAll(ids(format, page.asString()));
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            assertThat(link).contains("format=" + format.formatName()).contains("cursor=");
            page = given().urlEncodingEnabled(false).when().get(link.substring(1, link.indexOf('>')))
                    .then().statusCode(200).extract().response();
        }
        assertThat(paged).isEqualTo(format == ExportFormat.GEOJSON ? located(Map.of()) : all);
    }

    @Test
    void givesTimelineJsTheDateFieldsOfEachPrecisionAndLabelsInTheAskedLanguage() {
        JsonPath fr = given().accept(ExportFormat.TIMELINEJS_TYPE).header("Accept-Language", "fr")
                .queryParam("limit", 500).when().get("/events").then().statusCode(200).extract().jsonPath();
        JsonPath en = given().queryParam("format", "timelinejs").queryParam("lang", "en")
                .queryParam("limit", 500).when().get("/events").then().statusCode(200).extract().jsonPath();
        String week = "events.find { it.unique_id == 'budanov-says-situation-critical' }";
        assertThat(fr.getMap(week + ".start_date")).containsEntry("year", 2024).containsEntry("month", 5)
                .containsEntry("day", 6).containsEntry("display_date", "semaine du 6 mai 2024");
        assertThat(fr.getMap(week + ".end_date")).containsEntry("day", 12);
        assertThat(en.getString(week + ".display_date")).isEqualTo("week of 6 May 2024");
        String month = "events.find { it.unique_id == 'russian-invasion-begins' }";
        assertThat(fr.getMap(month + ".start_date")).containsEntry("month", 2).doesNotContainKey("day")
                .containsEntry("display_date", "février 2022");
        assertThat(fr.getMap(month)).doesNotContainKey("end_date");
        String year = "events.find { it.unique_id == 'bucharest-summit-2008' }";
        assertThat(fr.getMap(year + ".start_date")).containsEntry("year", 2008).doesNotContainKeys("month", "day");
        String morning = "events.find { it.unique_id == 'kharkiv-liptsy-road-under-russian-fire-control' }";
        assertThat(fr.getMap(morning + ".start_date")).containsEntry("day", 16).containsEntry("hour", 6)
                .doesNotContainKey("minute").containsEntry("display_date", "16 mai 2024, matin");
        assertThat(en.getString(morning + ".display_date")).isEqualTo("16 May 2024, morning");
        String day = "events.find { it.unique_id == 'bakhmut-shelling' }";
        assertThat(en.getMap(day + ".start_date")).containsEntry("day", 13)
                .containsEntry("display_date", "13 February 2023");
        assertThat(fr.getString(day + ".text.text")).contains("<blockquote").contains("/sources/001_b5e0b783de3c455c/text#:~:text=");
    }

    @Test
    void writesIcalendarAllDayEventsOverTheWholeInterval() throws Exception {
        String ics = given().accept("text/calendar").queryParam("limit", 500).when().get("/events")
                .then().statusCode(200).extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        VEvent week = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .equals("budanov-says-situation-critical@factline")).findFirst().orElseThrow();
        assertThat(week.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20240506");
        assertThat(week.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20240513");
        assertThat(week.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("/sources/");
    }

    @Test
    void placesGeoJsonFeaturesAtTheirPlaceLongitudeFirst() {
        JsonPath event = given().when().get("/events/bakhmut-shelling").then().statusCode(200).extract().jsonPath();
        JsonPath geo = given().accept(ExportFormat.GEOJSON_TYPE).queryParam("limit", 500).when().get("/events")
                .then().statusCode(200).extract().jsonPath();
        String feature = "features.find { it.id == 'bakhmut-shelling' }";
        assertThat(geo.getDouble(feature + ".geometry.coordinates[0]")).isEqualTo(event.getDouble("place.longitude"));
        assertThat(geo.getDouble(feature + ".geometry.coordinates[1]")).isEqualTo(event.getDouble("place.latitude"));
        assertThat(geo.getList(feature + ".properties.citations.quote")).isEqualTo(event.getList("citations.quote"));
    }

    @Test
    void answersAnUnsupportedAcceptWithAProblemListingEveryFormat() {
        String detail = given().accept("application/xml").when().get("/events")
                .then().statusCode(406).contentType("application/problem+json").extract().path("detail");
        assertThat(detail).contains(ExportFormat.MEDIA_TYPES);
    }

    @Test
    void answersAnUnsupportedAcceptOnOneEventWithJsonAsTheOnlyType() {
        given().accept("text/csv").when().get("/events/bakhmut-shelling")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("supported: application/json"));
    }

    @Test
    void rejectsAnUnknownFormatParameter() {
        given().queryParam("format", "xlsx").when().get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("format"));
    }

    @Test
    void rejectsAnUnknownLanguage() {
        given().queryParam("format", "timelinejs").queryParam("lang", "de").when().get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("lang"));
    }

    private static List<String> jsonIds(Map<String, String> params) {
        return given().queryParams(params).queryParam("limit", 500).when().get("/events")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    /** The ids of the events that have a place with coordinates: the ones GeoJSON can show. */
    private static List<String> located(Map<String, String> params) {
        return given().queryParams(params).queryParam("limit", 500).when().get("/events")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.place != null && it.place.latitude != null }.id", String.class);
    }

    /** The event ids in a body of {@code format}, in order. */
    static List<String> ids(ExportFormat format, String body) throws Exception {
        return switch (format) {
            case JSON -> JsonPath.from(body).getList("items.id", String.class);
            case TIMELINEJS -> JsonPath.from(body).getList("events.unique_id", String.class);
            case GEOJSON -> JsonPath.from(body).getList("features.id", String.class);
            case JSONLD -> JsonPath.from(body).getList("'@graph'.identifier", String.class);
            case CSV -> CsvFeedTest.parse(body).stream().skip(1).map(row -> row.get(0)).toList();
            case ICALENDAR -> new CalendarBuilder().build(new StringReader(body)).<VEvent>getComponents("VEVENT")
                    .stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue().replace("@factline", ""))
                    .toList();
        };
    }
}
