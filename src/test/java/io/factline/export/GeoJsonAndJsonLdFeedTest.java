package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class GeoJsonAndJsonLdFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void makesOnePointFeaturePerLocatedEventWithLongitudeFirst() {
        JsonNode collection = JSON.valueToTree(GeoJsonFeed.of(SampleEvents.page(SampleEvents.day(),
                SampleEvents.week()), SampleEvents.FR));
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features")).as("the week event has no place").hasSize(1);
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("type").asText()).isEqualTo("Feature");
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(38.0003);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(48.5956);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("id").asText()).isEqualTo("bakhmut-shelling");
        assertThat(properties.path("start").asText()).isEqualTo("2023-02-13");
        assertThat(properties.path("end").asText()).isEqualTo("2023-02-13");
        assertThat(properties.path("citations").get(0).path("quote").asText()).startsWith("Les forces russes");
    }

    @Test
    void givesAGeoJsonFeatureTheTimeOfItsDate() {
        JsonNode features = JSON.valueToTree(GeoJsonFeed.of(SampleEvents.page(SampleEvents.clockTime(),
                SampleEvents.morning()), SampleEvents.FR)).path("features");
        JsonNode clock = features.get(0).path("properties");
        assertThat(clock.path("date").asText()).isEqualTo("2024-05-16T21:45");
        assertThat(clock.path("precision").asText()).isEqualTo("MINUTE");
        assertThat(clock.path("time").asText()).isEqualTo("21:45");
        JsonNode morning = features.get(1).path("properties");
        assertThat(morning.path("date").asText()).isEqualTo("2024-05-16TMO");
        assertThat(morning.path("time").isNull()).isTrue();
    }

    @Test
    void startsAJsonLdEventAtItsLocalDateTimeWhenItHasAClockTime() {
        JsonNode graph = JSON.valueToTree(JsonLdFeed.of(SampleEvents.page(SampleEvents.clockTime(),
                SampleEvents.hour(), SampleEvents.morning()), SampleEvents.EN)).path("@graph");
        assertThat(graph.get(0).path("startDate").asText()).isEqualTo("2024-05-16T21:45:00");
        assertThat(graph.get(0).path("endDate").asText()).isEqualTo("2024-05-16");
        assertThat(graph.get(1).path("startDate").asText()).isEqualTo("2024-05-16T18:00:00");
        assertThat(graph.get(2).path("startDate").asText()).as("a part of the day: its day").isEqualTo("2024-05-16");
    }

    @Test
    void describesEachEventAsASchemaOrgEvent() {
        JsonNode graph = JSON.valueToTree(JsonLdFeed.of(SampleEvents.page(SampleEvents.day(), SampleEvents.week()),
                SampleEvents.EN));
        assertThat(graph.path("@context").asText()).isEqualTo("https://schema.org");
        JsonNode week = graph.path("@graph").get(1);
        assertThat(week.path("@type").asText()).isEqualTo("Event");
        assertThat(week.path("@id").asText()).isEqualTo("https://api.example.org/events/budanov-says-situation-critical");
        assertThat(week.path("startDate").asText()).isEqualTo("2024-05-06");
        assertThat(week.path("endDate").asText()).isEqualTo("2024-05-12");
        assertThat(week.has("location")).isFalse();
        JsonNode day = graph.path("@graph").get(0);
        assertThat(day.path("location").path("@type").asText()).isEqualTo("Place");
        assertThat(day.path("location").path("geo").path("latitude").asDouble()).isEqualTo(48.5956);
        assertThat(day.path("location").path("address").path("addressCountry").asText()).isEqualTo("UA");
        assertThat(day.path("citation").get(0).path("text").asText()).startsWith("Les forces russes");
        assertThat(day.path("citation").get(0).path("url").asText())
                .startsWith("https://api.example.org/sources/001_b5e0b783de3c455c/text#:~:text=");
    }
}
