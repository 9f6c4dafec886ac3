package io.factline.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.factline.cache.DataVersion;
import io.factline.temporal.Precision;
import io.factline.timeline.Event;
import io.factline.timeline.EventDate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /embed over HTTP; EmbedBrowserTest shows it in a real browser. */
@QuarkusTest
class EmbedResourceTest {

    @Inject
    DataVersion dataVersion;

    private static final Pattern EVENT_ID = Pattern.compile("<li class=\"event\" data-id=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("<a class=\"next\" rel=\"next\" href=\"([^\"]+)\"");

    @Test
    void servesASelfContainedPageThatLoadsNothingFromElsewhere() {
        Response page = given().when().get("/embed").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().response();
        assertThat(page.header("X-Frame-Options")).as("framing is allowed").isNull();
        assertThat(page.header("Content-Security-Policy")).doesNotContain("frame-ancestors");
        String html = page.asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta name=\"viewport\"")
                .doesNotContain("<script src").doesNotContain("<link").doesNotContain("@import");
    }

    @ParameterizedTest(name = "lang={0}, Accept-Language: {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            -,  -,                  fr, semaine du 6 mai 2024
            -,  'en-GB,en;q=0.8',   en, week of 6 May 2024
            -,  'de, en;q=0.5',     en, week of 6 May 2024
            fr, en,                 fr, semaine du 6 mai 2024
            en, fr,                 en, week of 6 May 2024
            """)
    void speaksTheLanguageOfLangThenOfAcceptLanguage(String lang, String acceptLanguage, String expected,
            String week) {
        var request = given();
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        String html = request.when().get("/embed").then().statusCode(200)
                .header("Content-Language", expected).extract().asString();
        assertThat(html).contains("<html lang=\"" + expected + "\">").contains(">" + week + "</time>");
    }

    @Test
    void showsEachDateAtItsPrecision() {
        String html = given().queryParam("lang", "fr").queryParam("limit", 500).when().get("/embed")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<time datetime=\"2023-02-13\">13 février 2023</time>")
                .contains("<time datetime=\"2022-02\">février 2022</time>")
                .contains("<time datetime=\"2024-W19\">semaine du 6 mai 2024</time>")
                .contains("<time datetime=\"2008\">2008</time>");
    }

    @Test
    void showsAClockTimeAsAnHtmlDateTimeAndAPartOfTheDayAsItsDay() {
        write(() -> {
            Event event = new Event();
            event.id = "embed-clock-time";
            event.title = "Explosion";
            event.status = Event.Status.EXTRACTED;
            event.date = new EventDate();
            event.date.value = "1901-03-04T21:45";
            event.date.precision = Precision.MINUTE;
            event.date.earliest = LocalDate.parse("1901-03-04");
            event.date.latest = event.date.earliest;
            event.date.expression = "à 21 h 45";
            event.date.rule = "test";
            event.createdAt = Event.now();
            event.updatedAt = event.createdAt;
            event.persist();
        });
        try {
            String html = given().queryParam("lang", "fr").queryParam("limit", 500).when().get("/embed")
                    .then().statusCode(200).extract().asString();
            assertThat(html).contains("<time datetime=\"1901-03-04T21:45\">4 mars 1901, 21 h 45</time>")
                    // "jeudi matin" in a seed article: HTML has no part of the day, so the day, and the label.
                    .contains("<time datetime=\"2024-05-16\">16 mai 2024, matin</time>");
        } finally {
            write(() -> Event.deleteById("embed-clock-time"));
        }
    }

    @Test
    void filtersLikeTheApi() {
        List<String> api = given().queryParam("from", "2024-05").queryParam("q", "kharkiv").queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(api).isNotEmpty();
        String html = given().queryParam("from", "2024-05").queryParam("q", "kharkiv").queryParam("limit", 500)
                .when().get("/embed").then().statusCode(200).extract().asString();
        assertThat(ids(html)).isEqualTo(api);
        assertThat(html).contains("value=\"2024-05\"").contains("value=\"kharkiv\"");
    }

    @Test
    void linksToTheNextPageWithTheSameFilters() {
        List<String> all = given().queryParam("from", "2022").queryParam("limit", 500).when().get("/events")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> shown = new ArrayList<>();
        String path = "/embed?from=2022&limit=6";
        int pages = 0;
        while (path != null) {
            String html = given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).extract().asString();
            shown.addAll(ids(html));
            Matcher next = NEXT.matcher(html);
            path = next.find() ? "/" + next.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertThat(shown).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 5) / 6);
    }

    @Test
    void answersAMalformedFilterWithAProblem() {
        given().queryParam("to", "2023-02-30").when().get("/embed")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("to"));
    }

    @Test
    void answersAnAcceptItCannotServeWithAProblemNamingHtml() {
        given().accept("application/json").when().get("/embed")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("text/html"));
    }

    private void write(Runnable change) {
        QuarkusTransaction.requiringNew().run(() -> {
            change.run();
            dataVersion.recordWrite();
        });
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = EVENT_ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
