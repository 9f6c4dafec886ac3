package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.source.SourceText;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anyone can check a claim: every citation's offsets slice its source's text to the quote. */
@QuarkusTest
class CitationIntegrityTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyCitationOfTheTimelineSlicesItsSourceToTheQuote() {
        Map<String, SourceText> texts = new HashMap<>();
        List<Map<String, Object>> events = EventResourceTest.allEvents(Map.of(), 500);
        int checked = 0;
        for (Map<String, Object> event : events) {
            for (Map<String, Object> citation : (List<Map<String, Object>>) event.get("citations")) {
                String sourceId = (String) citation.get("sourceId");
                SourceText text = texts.computeIfAbsent(sourceId, id -> new SourceText(
                        given().when().get("/sources/" + id + "/text").then().statusCode(200).extract().asString()));
                int start = (Integer) citation.get("start");
                int end = (Integer) citation.get("end");
                String where = event.get("id") + " cites " + sourceId + " " + start + "-" + end;
                assertThat(text.slice(start, end)).as(where).isEqualTo(citation.get("quote"));
                assertThat(text.slice(Math.max(0, start - 32), start)).as(where).isEqualTo(citation.get("prefix"));
                assertThat(text.slice(end, Math.min(text.length(), end + 32))).as(where).isEqualTo(citation.get("suffix"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(events.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDatingExpressionLiesInsideACitationOfItsSource() {
        for (Map<String, Object> event : EventResourceTest.allEvents(Map.of(), 500)) {
            Map<String, Object> date = (Map<String, Object>) event.get("date");
            List<Map<String, Object>> citations = (List<Map<String, Object>>) event.get("citations");
            assertThat(citations)
                    .as(event.get("id") + " is dated by '" + date.get("expression") + "' of one of its quotes")
                    .anySatisfy(c -> {
                        assertThat(c.get("sourceId")).isEqualTo(date.get("sourceId"));
                        assertThat((String) c.get("quote")).contains((String) date.get("expression"));
                    });
        }
    }
}
