package io.factline.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.seed.SeedImporter.Outcome;
import io.factline.seed.SeedImporter.SeedSet;
import io.factline.seed.SeedTimeline.PlannedEvent;
import io.factline.source.Source;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class SeedImporterTest {

    @Inject
    SeedImporter importer;

    @Inject
    ObjectMapper json;

    @TempDir
    Path temp;

    @Test
    void movesEventDatesWhenASourcesPublicationDateChanges() throws IOException {
        Map<String, PlannedEvent> asShipped = byId(importer.read(Path.of("seeds")));
        // One week later: the same weekdays and "la semaine dernière" now name the following week.
        Path seeds = copySeedsPublishing(Map.of("001_b5e0b783de3c455c.txt", "2023-02-20",
                "000_4e53fd3a5ea1eb34.txt", "2024-05-23"));
        Map<String, PlannedEvent> moved = byId(importer.read(seeds));

        assertThat(asShipped.get("bakhmut-shelling").date().earliest()).isEqualTo("2023-02-13");
        assertThat(moved.get("bakhmut-shelling").date().earliest()).isEqualTo("2023-02-20");
        assertThat(moved.get("bakhmut-shelling").date().anchor()).isEqualTo("2023-02-20");
        assertThat(moved.get("allies-meet-at-nato-headquarters").date().earliest()).isEqualTo("2023-02-21");
        assertThat(moved.get("kharkiv-offensive").date().earliest()).isEqualTo("2024-05-17");
        assertThat(moved.get("rabotino-captured").date().earliest()).isEqualTo("2024-05-22");
        assertThat(moved.get("rabotino-captured").date().anchor()).isEqualTo("2024-05-23");
        // Absolute dates and sources left alone do not move.
        assertThat(moved.get("bucharest-summit-2008").date()).isEqualTo(asShipped.get("bucharest-summit-2008").date());
        assertThat(moved.get("ramstein-meeting").date()).isEqualTo(asShipped.get("ramstein-meeting").date());
        // Offsets depend on the text alone.
        assertThat(moved.get("kharkiv-offensive").citations()).isEqualTo(asShipped.get("kharkiv-offensive").citations());
    }

    @Test
    void restartingWithUnchangedSeedsWritesNothing() {
        long events = Event.count();
        long citations = Citation.count();
        long sources = Source.count();
        SeedSet seeds = importer.read(Path.of("seeds"));

        assertThat(importer.apply(seeds, importer.fingerprint(seeds), null)).isFalse();

        assertThat(Event.count()).isEqualTo(events);
        assertThat(Citation.count()).isEqualTo(citations);
        assertThat(Source.count()).isEqualTo(sources);
    }

    @Test
    void aRestartOnTheSameFilesAndBuildDoesNotReadTheSeedsAgain() throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        Optional<String> build = Optional.of("restart.jar|1|1|17");

        assertThat(importer.importSeeds(seeds, build)).as("first start of this build").isEqualTo(Outcome.UNCHANGED);
        assertThat(importer.importSeeds(seeds, build)).as("restart").isEqualTo(Outcome.NOT_REREAD);
        assertThat(importer.importSeeds(seeds, Optional.of("restart.jar|1|2|17"))).as("rebuilt application")
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(importer.importSeeds(seeds, Optional.empty())).as("no build identity (classes, not a jar)")
                .isEqualTo(Outcome.UNCHANGED);
        Files.writeString(seeds.resolve("README.txt"), "editors' notes");
        assertThat(importer.importSeeds(seeds, Optional.of("restart.jar|1|2|17"))).as("a file added to the folder")
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(importer.importSeeds(seeds, Optional.of("restart.jar|1|2|17"))).as("restart")
                .isEqualTo(Outcome.NOT_REREAD);
    }

    @Test
    void aChangedSeedFileIsReadAndImportedEvenWhenTheBuildIsTheSame() throws IOException {
        Optional<String> build = Optional.of("changed-file.jar|1|1|17");
        Path shipped = copySeedsPublishing(Map.of());
        assertThat(importer.importSeeds(shipped, build)).isIn(Outcome.UNCHANGED, Outcome.NOT_REREAD);
        Path moved = Files.move(shipped, temp.resolve("shipped"));
        try {
            Path changed = copySeedsPublishing(Map.of("001_b5e0b783de3c455c.txt", "2023-02-20"));

            assertThat(importer.importSeeds(changed, build)).isEqualTo(Outcome.IMPORTED);
            assertThat(earliest("bakhmut-shelling")).isEqualTo("2023-02-20");
        } finally {
            assertThat(importer.importSeeds(moved, build)).isEqualTo(Outcome.IMPORTED);
        }
        assertThat(earliest("bakhmut-shelling")).isEqualTo("2023-02-13");
        assertThat(importer.importSeeds(moved, build)).isEqualTo(Outcome.NOT_REREAD);
    }

    @Test
    void refusesAQuoteThatIsNotInItsSource() throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        String events = Files.readString(seeds.resolve("events.json"));
        Files.writeString(seeds.resolve("events.json"), events.replace("a été la cible de tirs nourris", "a été la cible de tirs nourris et répétés"));

        assertThatThrownBy(() -> importer.read(seeds)).isInstanceOf(SeedException.class)
                .hasMessageContaining("bakhmut-shelling").hasMessageContaining("quote not found verbatim");
    }

    @Test
    void startsWithTheGazetteerAloneWhenThereIsNoSeedsFolder() {
        SeedSet seeds = importer.read(temp.resolve("absent"));
        assertThat(seeds.sources()).isEmpty();
        assertThat(seeds.events()).isEmpty();
        assertThat(seeds.gazetteer().places()).isNotEmpty();
    }

    private Path copySeedsPublishing(Map<String, String> publishedOnByFile) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        ObjectNode sources = (ObjectNode) json.readTree(copy.resolve("sources.json").toFile());
        sources.withArray("sources").forEach(node -> {
            String publishedOn = publishedOnByFile.get(node.get("file").asText());
            if (publishedOn != null) {
                ((ObjectNode) node).put("publishedOn", LocalDate.parse(publishedOn).toString());
            }
        });
        json.writeValue(copy.resolve("sources.json").toFile(), sources);
        return copy;
    }

    /** As stored now: read in a transaction (and persistence context) of its own. */
    private static LocalDate earliest(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Event.<Event>findById(eventId).date.earliest);
    }

    private static Map<String, PlannedEvent> byId(SeedSet seeds) {
        return seeds.events().stream().collect(Collectors.toMap(PlannedEvent::id, e -> e));
    }
}
