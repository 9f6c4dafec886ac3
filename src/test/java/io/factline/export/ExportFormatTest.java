package io.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.web.ProblemException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFormatTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                                   | JSON
            */*                                                | JSON
            application/vnd.timelinejs+json                    | TIMELINEJS
            application/geo+json                               | GEOJSON
            text/csv                                           | CSV
            text/*                                             | CSV
            text/calendar                                      | ICALENDAR
            application/ld+json                                | JSONLD
            application/xml;q=0.9, text/calendar;q=0.5         | ICALENDAR
            application/json;q=0, text/csv;q=0.2               | CSV
            """)
    void picksTheFirstAcceptableFormat(String accept, ExportFormat expected) {
        assertThat(ExportFormat.select(null, accepted(accept))).isEqualTo(expected);
    }

    @Test
    void servesJsonWhenTheClientStatesNoPreference() {
        assertThat(ExportFormat.select(null, List.of())).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.select(" ", null)).isEqualTo(ExportFormat.JSON);
    }

    @ParameterizedTest(name = "format={0} -> {1}")
    @CsvSource({"timelinejs, TIMELINEJS", "TimelineJS, TIMELINEJS", "geojson, GEOJSON", "csv, CSV", "ics, ICALENDAR",
            "jsonld, JSONLD", "json, JSON"})
    void letsTheFormatParameterOverrideAccept(String format, ExportFormat expected) {
        assertThat(ExportFormat.select(format, accepted("application/json"))).isEqualTo(expected);
    }

    @Test
    void rejectsAnUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> ExportFormat.select("xml", List.of()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("format").hasMessageContaining("timelinejs");
    }

    @Test
    void refusesAnAcceptNoFormatMatches() {
        assertThatThrownBy(() -> ExportFormat.select(null, accepted("application/xml, image/png")))
                .isInstanceOf(NotAcceptableException.class);
    }

    private static List<MediaType> accepted(String accept) {
        return Arrays.stream(accept.split(",")).map(String::strip).map(MediaType::valueOf).toList();
    }
}
