package io.factline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.factline.client.api.TimelineApi;
import io.factline.client.model.Event;
import io.factline.client.model.EventPage;
import io.factline.client.model.Precision;
import io.factline.client.model.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the packaged service with the Java client that the build generates from the committed
 * {@code openapi/openapi.yaml} (openapi-generator, native library): if the contract and the service disagree, this
 * fails.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    @TestHTTPResource("/")
    URL base;

    private ApiClient client;
    private TimelineApi timeline;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        timeline = new TimelineApi(client);
    }

    @Test
    void listsTheEventsOfADateRange() throws ApiException {
        EventPage page = list("2023-02", "2023-02", 500, null);
        assertThat(page.getItems()).extracting(Event::getId).contains("bakhmut-shelling")
                .doesNotContain("ramstein-meeting");
        assertThat(page.getItems()).allSatisfy(event -> {
            assertThat(event.getDate().getEarliest()).isBeforeOrEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(event.getDate().getLatest()).isAfterOrEqualTo(LocalDate.of(2023, 2, 1));
        });
        assertThat(page.getNext()).isNull();
    }

    @Test
    void followsTheCursorToTheEndWithoutGapsOrRepeats() throws ApiException {
        List<String> all = list(null, null, 500, null).getItems().stream().map(Event::getId).toList();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            EventPage page = list(null, null, 4, cursor);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(4);
            page.getItems().forEach(event -> paged.add(event.getId()));
            cursor = page.getNext();
            pages++;
        } while (cursor != null);
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 3) / 4);
    }

    @Test
    void fetchesOneEventWithTypedDateAndCitations() throws ApiException {
        Event event = timeline.getEvent("bakhmut-shelling");
        assertThat(event.getDate().getPrecision()).isEqualTo(Precision.DAY);
        assertThat(event.getDate().getEarliest()).isEqualTo(LocalDate.of(2023, 2, 13));
        assertThat(event.getPlace().getName()).isEqualTo("Bakhmut");
        assertThat(event.getCitations()).isNotEmpty()
                .allSatisfy(citation -> assertThat(citation.getEnd()).isGreaterThan(citation.getStart()));
    }

    @Test
    void readsADateBelowTheDayWithItsPrecisionAndTime() throws ApiException {
        // "jeudi matin" in a seed article: a part of the day, so no clock time.
        Event event = timeline.getEvent("kharkiv-liptsy-road-under-russian-fire-control");
        assertThat(event.getDate().getPrecision()).isEqualTo(Precision.PART_OF_DAY);
        assertThat(event.getDate().getValue()).isEqualTo("2024-05-16TMO");
        assertThat(event.getDate().getEarliest()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(event.getDate().getTime()).isNull();
        assertThat(timeline.getEvent("bakhmut-shelling").getDate().getTime()).isNull();
    }

    @Test
    void readsAnInvalidParameterAsATypedProblem() throws JsonProcessingException {
        ApiException error = catchThrowableOfType(ApiException.class, () -> list("2023-13", null, 10, null));
        assertThat(error.getCode()).isEqualTo(400);
        Problem problem = client.getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo("urn:factline:problem:invalid-parameter");
        assertThat(problem.getErrors()).singleElement().satisfies(param -> assertThat(param.getName()).isEqualTo("from"));
    }

    @Test
    void readsAnUnknownEventAsATypedProblem() throws JsonProcessingException {
        ApiException error = catchThrowableOfType(ApiException.class, () -> timeline.getEvent("no-such-event"));
        assertThat(error.getCode()).isEqualTo(404);
        Problem problem = client.getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertThat(problem.getDetail()).isEqualTo("No event has the id 'no-such-event'");
    }

    private EventPage list(String from, String to, int limit, String cursor) throws ApiException {
        return timeline.listEvents(null, cursor, null, from, null, limit, null, null, null, null, null, to, null);
    }
}
