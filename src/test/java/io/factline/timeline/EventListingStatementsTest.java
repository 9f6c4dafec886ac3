package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.cache.DataVersion;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.Source;
import io.factline.source.SourceText;
import io.factline.temporal.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing events reads their citations, places and actors in a fixed number of statements, however many events
 * the page holds: no N+1 selects. Hibernate's statistics count the statements the database is sent.
 */
@QuarkusTest
class EventListingStatementsTest {

    private static final String PREFIX = "n-plus-one-";
    private static final int EVENTS = 500;
    private static final LocalDate FIRST_DAY = LocalDate.of(1901, 1, 1);

    @Inject
    EntityManagerFactory factory;

    @Inject
    DataVersion dataVersion;

    @BeforeEach
    void writeFiveHundredEventsWithCitationsPlacesAndActors() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            String text = "Une source de test pour compter les requêtes, citée par chaque événement.";
            Source source = new Source();
            source.id = PREFIX + "source";
            source.language = "fr";
            source.publishedOn = FIRST_DAY;
            source.text = text;
            source.length = new SourceText(text).length();
            source.sha256 = SourceText.sha256(text);
            source.url = "https://example.org/n-plus-one";
            source.createdAt = now;
            source.persist();
            Place[] places = new Place[20];
            for (int p = 0; p < places.length; p++) {
                places[p] = new Place();
                places[p].id = PREFIX + "place-" + p;
                places[p].name = "Place " + p;
                places[p].kind = Place.Kind.CITY;
                places[p].aliases = Set.of("Alias " + p, "Autre " + p);
                places[p].persist();
            }
            Actor[] actors = new Actor[30];
            for (int a = 0; a < actors.length; a++) {
                actors[a] = new Actor();
                actors[a].id = PREFIX + "actor-" + a;
                actors[a].name = "Actor " + a;
                actors[a].kind = Actor.Kind.PERSON;
                actors[a].aliases = Set.of("A" + a);
                actors[a].persist();
            }
            for (int i = 0; i < EVENTS; i++) {
                Event event = new Event();
                event.id = PREFIX + String.format("%04d", i);
                event.title = "Event " + i;
                event.status = Event.Status.EXTRACTED;
                event.date = new EventDate();
                event.date.value = FIRST_DAY.plusDays(i).toString();
                event.date.precision = Precision.DAY;
                event.date.earliest = FIRST_DAY.plusDays(i);
                event.date.latest = FIRST_DAY.plusDays(i);
                event.date.expression = "ce jour-là";
                event.date.rule = "test";
                event.date.sourceId = source.id;
                event.place = places[i % places.length];
                event.actors = Set.of(actors[i % actors.length], actors[(i + 7) % actors.length]);
                event.tags = Set.of("test", "tag-" + (i % 5));
                for (int c = 0; c < 2; c++) {
                    Citation citation = new Citation();
                    citation.sourceId = source.id;
                    citation.quote = c == 0 ? "Une source" : "citée";
                    citation.start = c == 0 ? 0 : 50;
                    citation.end = c == 0 ? 10 : 55;
                    citation.prefix = "";
                    citation.suffix = "";
                    event.addCitation(citation);
                }
                event.createdAt = now;
                event.updatedAt = now;
                event.persist();
            }
            dataVersion.recordWrite();
        });
    }

    @AfterEach
    void removeThem() {
        QuarkusTransaction.requiringNew().run(() -> {
            Event.delete("id like ?1", PREFIX + "%");
            Source.deleteById(PREFIX + "source");
            Place.delete("id like ?1", PREFIX + "%");
            Actor.delete("id like ?1", PREFIX + "%");
            dataVersion.recordWrite();
        });
    }

    @Test
    void listsAPageOfFiveHundredEventsInAsManyStatementsAsAPageOfFive() {
        // A first page reads what the service then keeps until the next write (places, actors, source URLs).
        statementsToList(4);
        long five = statementsToList(5);
        long fiveHundred = statementsToList(EVENTS);

        assertThat(fiveHundred).as("statements for 500 events").isEqualTo(five)
                .isLessThanOrEqualTo(statementsPerPage());
    }

    /**
     * Three bounded key scans (one per span class), the events with their places, then one statement each for
     * citations, actors and tags; places, actors and source URLs are kept in memory.
     */
    long statementsPerPage() {
        return 7;
    }

    private long statementsToList(int limit) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("hibernate statistics are on").isTrue();
        statistics.clear();
        JsonPath page = given().queryParam("from", "1901").queryParam("to", "1902").queryParam("limit", limit)
                .when().get("/events").then().statusCode(200).extract().jsonPath();
        long statements = statistics.getPrepareStatementCount();
        List<String> ids = page.getList("items.id", String.class);
        assertThat(ids).hasSize(limit).allMatch(id -> id.startsWith(PREFIX));
        assertThat(page.getList("items.citations.flatten()")).hasSize(2 * limit);
        assertThat(page.getList("items.actors.flatten()")).hasSize(2 * limit);
        assertThat(page.getList("items.place.aliases.flatten()")).hasSize(2 * limit);
        return statements;
    }
}
