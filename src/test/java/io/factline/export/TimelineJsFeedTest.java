package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class TimelineJsFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void givesADayEventItsYearMonthAndDay() {
        JsonNode slide = slide(SampleEvents.FR, SampleEvents.day());
        assertThat(slide.path("unique_id").asText()).isEqualTo("bakhmut-shelling");
        assertThat(slide.path("start_date").path("year").asInt()).isEqualTo(2023);
        assertThat(slide.path("start_date").path("month").asInt()).isEqualTo(2);
        assertThat(slide.path("start_date").path("day").asInt()).isEqualTo(13);
        assertThat(slide.path("start_date").path("display_date").asText()).isEqualTo("13 février 2023");
        assertThat(slide.has("end_date")).isFalse();
    }

    @Test
    void givesAClockTimeItsHourAndMinute() {
        JsonNode slide = slide(SampleEvents.FR, SampleEvents.clockTime());
        JsonNode start = slide.path("start_date");
        assertThat(start.path("day").asInt()).isEqualTo(16);
        assertThat(start.path("hour").asInt()).isEqualTo(21);
        assertThat(start.path("minute").asInt()).isEqualTo(45);
        assertThat(start.path("display_date").asText()).isEqualTo("16 mai 2024, 21 h 45");
        assertThat(slide.has("end_date")).isFalse();
    }

    @Test
    void givesAnHourEventItsHourAndNoMinute() {
        JsonNode start = slide(SampleEvents.EN, SampleEvents.hour()).path("start_date");
        assertThat(start.path("hour").asInt()).isEqualTo(18);
        assertThat(start.has("minute")).isFalse();
        assertThat(start.path("display_date").asText()).isEqualTo("16 May 2024, 18:00");
    }

    @Test
    void givesAPartOfTheDayTheHourItSortsAtAndNamesItInTheDisplayDate() {
        JsonNode slide = slide(SampleEvents.FR, SampleEvents.morning());
        assertThat(slide.path("start_date").path("hour").asInt()).isEqualTo(6);
        assertThat(slide.path("start_date").has("minute")).isFalse();
        assertThat(slide.path("display_date").asText()).isEqualTo("16 mai 2024, matin");
        assertThat(slide.path("start_date").path("display_date").asText()).isEqualTo("16 mai 2024, matin");
    }

    @Test
    void givesADayEventNoHour() {
        assertThat(slide(SampleEvents.FR, SampleEvents.day()).path("start_date").has("hour")).isFalse();
    }

    @Test
    void givesAMonthEventNoDay() {
        JsonNode start = slide(SampleEvents.EN, SampleEvents.month()).path("start_date");
        assertThat(start.path("year").asInt()).isEqualTo(2022);
        assertThat(start.path("month").asInt()).isEqualTo(2);
        assertThat(start.has("day")).isFalse();
        assertThat(start.path("display_date").asText()).isEqualTo("February 2022");
    }

    @Test
    void givesAYearEventOnlyItsYear() {
        JsonNode slide = slide(SampleEvents.FR, SampleEvents.year());
        assertThat(slide.path("start_date").has("month")).isFalse();
        assertThat(slide.path("start_date").path("year").asInt()).isEqualTo(2008);
        assertThat(slide.has("end_date")).isFalse();
    }

    @Test
    void givesAWeekEventAStartAndAnEndDate() {
        JsonNode slide = slide(SampleEvents.FR, SampleEvents.week());
        assertThat(slide.path("start_date").path("day").asInt()).isEqualTo(6);
        assertThat(slide.path("end_date").path("month").asInt()).isEqualTo(5);
        assertThat(slide.path("end_date").path("day").asInt()).isEqualTo(12);
        assertThat(slide.path("display_date").asText()).isEqualTo("semaine du 6 mai 2024");
    }

    @Test
    void putsEachQuoteWithALinkToItsSourceTextInTheSlideText() {
        JsonNode text = slide(SampleEvents.FR, SampleEvents.day()).path("text");
        assertThat(text.path("headline").asText()).isEqualTo("Bakhmut sous les obus");
        assertThat(text.path("text").asText())
                .contains("<blockquote")
                .contains("Les forces russes ont pilonné Bakhmut lundi, &quot;sans relâche&quot;.")
                .contains("href=\"https://api.example.org/sources/001_b5e0b783de3c455c/text#:~:text=")
                .contains("href=\"https://www.aljazeera.com/news/2023/2/13/x#:~:text=Les%20forces\"")
                .contains("Bakhmut");
    }

    @Test
    void groupsByFirstTagAndTitlesTheFeedInTheRequestedLanguage() {
        JsonNode feed = JSON.valueToTree(TimelineJsFeed.of(SampleEvents.page(SampleEvents.day()), SampleEvents.EN));
        assertThat(feed.path("events").get(0).path("group").asText()).isEqualTo("bombardement");
        assertThat(feed.path("title").path("text").path("headline").asText()).isEqualTo("Timeline");
        assertThat(feed.path("title").has("start_date")).isFalse();
    }

    private static JsonNode slide(ExportContext context, io.factline.timeline.EventView event) {
        JsonNode feed = JSON.valueToTree(TimelineJsFeed.of(SampleEvents.page(event), context));
        assertThat(feed.path("events")).hasSize(1);
        return feed.path("events").get(0);
    }
}
