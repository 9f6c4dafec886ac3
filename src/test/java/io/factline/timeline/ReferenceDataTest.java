package io.factline.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.cache.DataVersion;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.source.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Places, actors and source URLs are read once and kept until a write changes the data: the write that renames a
 * place, or moves a source, is shown by the very next page, never an older copy.
 */
@QuarkusTest
class ReferenceDataTest {

    private static final String BAKHMUT_SOURCE = "001_b5e0b783de3c455c";

    @Inject
    ReferenceData referenceData;

    @Inject
    DataVersion dataVersion;

    @Test
    void aWrittenPlaceNameIsShownByTheNextPage() {
        String original = placeName("bakhmut");
        try {
            renamePlace("Bakhmout (renommée)");
            assertThat(placeOnPage()).isEqualTo("Bakhmout (renommée)");
        } finally {
            renamePlace(original);
        }
        assertThat(placeOnPage()).isEqualTo(original);
    }

    @Test
    void aWrittenActorNameIsShownByTheNextPage() {
        String original = QuarkusTransaction.requiringNew().call(() -> Actor.<Actor>findById("russia").name);
        try {
            writeActorName("Fédération de Russie (renommée)");
            assertThat(actorsOnPage()).contains("Fédération de Russie (renommée)").doesNotContain(original);
        } finally {
            writeActorName(original);
        }
        assertThat(actorsOnPage()).contains(original);
    }

    @Test
    void aWrittenSourceUrlIsLinkedByTheNextPage() {
        String original = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(BAKHMUT_SOURCE).url);
        assertThat(citationUrlOnPage()).startsWith(original + "#:~:text=");
        try {
            writeSource(source -> source.url = "https://example.org/moved");
            assertThat(citationUrlOnPage()).startsWith("https://example.org/moved#:~:text=");
            writeSource(source -> source.url = null);
            assertThat(citationUrlOnPage()).isNull();
        } finally {
            writeSource(source -> source.url = original);
        }
        assertThat(citationUrlOnPage()).startsWith(original + "#:~:text=");
    }

    @Test
    void keepsWhatItReadWhileNothingIsWritten() {
        Map<String, String> first = QuarkusTransaction.requiringNew()
                .call(() -> referenceData.sourceUrls(List.of(BAKHMUT_SOURCE, "no-such-source")));
        // A change made behind the service's back (no write recorded) is not read again...
        QuarkusTransaction.requiringNew().run(() -> Source.<Source>findById(BAKHMUT_SOURCE).url = "https://x.test/");
        try {
            assertThat(QuarkusTransaction.requiringNew()
                    .call(() -> referenceData.sourceUrls(List.of(BAKHMUT_SOURCE, "no-such-source"))))
                    .isEqualTo(first).containsOnlyKeys(BAKHMUT_SOURCE);
        } finally {
            // ...and the next recorded write makes it current.
            writeSource(source -> source.url = first.get(BAKHMUT_SOURCE));
        }
    }

    private void renamePlace(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Place.<Place>findById("bakhmut").name = name;
            dataVersion.recordWrite();
        });
    }

    private void writeActorName(String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Actor.<Actor>findById("russia").name = name;
            dataVersion.recordWrite();
        });
    }

    private void writeSource(Consumer<Source> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            change.accept(Source.findById(BAKHMUT_SOURCE));
            dataVersion.recordWrite();
        });
    }

    private static String placeName(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Place.<Place>findById(id).name);
    }

    /** Each read asks for a page no earlier read asked for, so that no kept answer stands in for it. */
    private static int distinctLimit = 100;

    private static String placeOnPage() {
        return bakhmutShelling("place.name");
    }

    private static List<String> actorsOnPage() {
        return bakhmutShelling("actors.name");
    }

    private static String citationUrlOnPage() {
        return bakhmutShelling("citations[0].url");
    }

    private static <T> T bakhmutShelling(String path) {
        return given().queryParam("from", "2023-02-13").queryParam("to", "2023-02-13")
                .queryParam("limit", distinctLimit++).get("/events").then().statusCode(200).extract().jsonPath()
                .get("items.find { it.id == 'bakhmut-shelling' }." + path);
    }
}
