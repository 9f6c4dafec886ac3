package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.cache.DataVersion;
import io.factline.temporal.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window query finds every overlapping event whatever the length of its interval, though it scans each span
 * class only from a bound before the window: a decade that began long before, a year, a month, days.
 */
@QuarkusTest
class OverlapQueryTest {

    @Inject
    DataVersion dataVersion;

    private static final String PREFIX = "overlap-";

    /** id, earliest, latest: lengths of every span class, around the 1850s. */
    private static final String[][] EVENTS = {
        {"decade-1840s", "1840-01-01", "1849-12-31"},
        {"decade-1850s", "1850-01-01", "1859-12-31"},
        {"year-1854", "1854-01-01", "1854-12-31"},
        {"year-1855", "1855-01-01", "1855-12-31"},
        {"quarter-1854-q4", "1854-10-01", "1854-12-31"},
        {"month-1855-02", "1855-02-01", "1855-02-28"},
        {"month-1855-03", "1855-03-01", "1855-03-31"},
        {"week-1855-03-05", "1855-03-05", "1855-03-11"},
        {"day-1855-03-06", "1855-03-06", "1855-03-06"},
        {"day-1855-03-06-bis", "1855-03-06", "1855-03-06"},
        {"day-1855-04-01", "1855-04-01", "1855-04-01"},
    };

    @BeforeEach
    void writeEventsOfEveryLength() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (String[] row : EVENTS) {
                TestEvents.dated(PREFIX + row[0], row[1], Precision.DAY, LocalDate.parse(row[1]),
                        LocalDate.parse(row[2]), now).persist();
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

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of("1855-03-06", "1855-03-06"),
                Arguments.of("1855-03", "1855-03"),
                Arguments.of("1855", "1855"),
                Arguments.of("1855-02-28", "1855-04-01"),
                Arguments.of("1849-12-31", "1850-01-01"),
                Arguments.of("1856", "1857"),
                Arguments.of("1839", "1839"));
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @MethodSource("windows")
    void findsEveryOverlappingEventInTimelineOrderAcrossPages(String from, String to) {
        LocalDate start = from.length() == 4 ? LocalDate.parse(from + "-01-01")
                : from.length() == 7 ? LocalDate.parse(from + "-01") : LocalDate.parse(from);
        LocalDate end = to.length() == 4 ? LocalDate.parse(to + "-12-31")
                : to.length() == 7 ? LocalDate.parse(to + "-01").plusMonths(1).minusDays(1) : LocalDate.parse(to);
        List<String> expected = Stream.of(EVENTS)
                .filter(row -> !LocalDate.parse(row[2]).isBefore(start) && !LocalDate.parse(row[1]).isAfter(end))
                .sorted((a, b) -> (a[1] + a[2] + PREFIX + a[0]).compareTo(b[1] + b[2] + PREFIX + b[0]))
                .map(row -> PREFIX + row[0]).toList();

        assertThat(ids(from, to, 500)).isEqualTo(expected);
        assertThat(ids(from, to, 2)).as("followed page by page, two at a time").isEqualTo(expected);
    }

    private static List<String> ids(String from, String to, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("from", from).queryParam("to", to).queryParam("limit", limit);
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
