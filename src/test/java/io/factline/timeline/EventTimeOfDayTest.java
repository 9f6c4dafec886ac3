package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.factline.cache.DataVersion;
import io.factline.temporal.Precision;
import io.factline.web.Cursor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events dated below the day: stored and served with their time; the events of one day sort by their time of day,
 * a whole-day event first, a part of the day at its conventional start, ties by id; the cursor pages across them
 * exactly.
 */
@QuarkusTest
class EventTimeOfDayTest {

    private static final String PREFIX = "tod-";
    private static final String DAY = "1901-03-04";

    /** id, value, precision; ids chosen so that id order is not time order. */
    private static final String[][] EVENTS = {
        {"a-2145", "1901-03-04T21:45", "MINUTE"},
        {"b-evening", "1901-03-04TEV", "PART_OF_DAY"},
        {"c-0945", "1901-03-04T09:45", "MINUTE"},
        {"d-morning", "1901-03-04TMO", "PART_OF_DAY"},
        {"e-1800", "1901-03-04T18:00", "HOUR"},
        {"y-day", "1901-03-04", "DAY"},
        {"z-day", "1901-03-04", "DAY"},
        {"next-day", "1901-03-05", "DAY"},
    };

    /** Whole days first (by id), then 06:00, 09:45, 18:00 (evening, then 18 h by id), 21:45, then the next day. */
    private static final List<String> TIMELINE_ORDER = List.of("y-day", "z-day", "d-morning", "c-0945", "b-evening",
            "e-1800", "a-2145", "next-day").stream().map(id -> PREFIX + id).toList();

    @Inject
    DataVersion dataVersion;

    @BeforeEach
    void writeTheEventsOfADay() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (String[] row : EVENTS) {
                LocalDate day = LocalDate.parse(row[1].substring(0, 10));
                // No time set here: writing the event derives it from the value.
                TestEvents.dated(PREFIX + row[0], row[1], Precision.valueOf(row[2]), day, day, now).persist();
            }
            dataVersion.recordWrite();
        });
    }

    @AfterEach
    void removeThem() {
        QuarkusTransaction.requiringNew().run(() -> {
            Event.delete("id like ?1", PREFIX + "%");
            dataVersion.recordWrite();
        });
    }

    @ParameterizedTest(name = "{0}: {1} {2} time={3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a-2145    | 1901-03-04T21:45 | MINUTE      | 21:45
            e-1800    | 1901-03-04T18:00 | HOUR        | 18:00
            d-morning | 1901-03-04TMO    | PART_OF_DAY | -
            y-day     | 1901-03-04       | DAY         | -
            """)
    void storesAndReturnsADateWithItsTime(String id, String value, String precision, String time) {
        given().when().get("/events/" + PREFIX + id)
                .then().statusCode(200)
                .body("date.value", equalTo(value))
                .body("date.precision", equalTo(precision))
                .body("date.earliest", equalTo(DAY))
                .body("date.latest", equalTo(DAY))
                .body("date.time", equalTo(time))
                .body("date", hasKey("time"))
                .body("date", not(hasKey("clockTime")));
    }

    @Test
    void ordersTheEventsOfADayByTimeWithTheWholeDayFirst() {
        assertThat(ids(Map.of("from", DAY, "to", "1901-03-05"), 500)).isEqualTo(TIMELINE_ORDER);
        assertThat(ids(Map.of("to", "1901-03-05"), 500)).as("without a window start: one ordered scan")
                .isEqualTo(TIMELINE_ORDER);
    }

    @ParameterizedTest(name = "limit={0}")
    @CsvSource({"1", "2", "3"})
    void pagesAcrossTheTimesOfADayWithoutGapsOrRepeats(int limit) {
        assertThat(ids(Map.of("from", DAY, "to", "1901-03-05"), limit)).isEqualTo(TIMELINE_ORDER);
        assertThat(ids(Map.of("to", "1901-03-05"), limit)).isEqualTo(TIMELINE_ORDER);
    }

    @Test
    void readsACursorIssuedBeforeEventsHadATimeAsStandingAfterAWholeDay() {
        String old = Cursor.encode(List.of(DAY, DAY, PREFIX + "y-day"));
        assertThat(ids(Map.of("from", DAY, "to", "1901-03-05", "cursor", old), 500))
                .isEqualTo(TIMELINE_ORDER.subList(1, TIMELINE_ORDER.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hour 25        | 1901-03-04 | 25:00
            not a time     | 1901-03-04 | soir
            """)
    void refusesACursorWithAMalformedTime(String what, String day, String time) {
        given().queryParam("cursor", Cursor.encode(List.of(day, day, time, PREFIX + "a-2145")))
                .when().get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("cursor"));
    }

    /** The prefixed ids of the timeline for {@code params}, followed page by page. */
    private static List<String> ids(Map<String, String> params, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = params.get("cursor");
        do {
            RequestSpecification request = given().queryParam("limit", limit);
            params.forEach((name, value) -> {
                if (!name.equals("cursor")) {
                    request.queryParam(name, value);
                }
            });
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/events").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class).stream().filter(id -> id.startsWith(PREFIX)).toList());
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }
}
