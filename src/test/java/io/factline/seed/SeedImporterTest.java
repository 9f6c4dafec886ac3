package io.factline.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.gazetteer.Gazetteer;
import io.factline.gazetteer.Gazetteer.PlaceRecord;
import io.factline.seed.SeedImporter.Outcome;
import io.factline.seed.SeedImporter.SeedSet;
import io.factline.seed.SeedTimeline.PlannedEvent;
import io.factline.source.Source;
import io.factline.timeline.Citation;
import io.factline.temporal.Timex;
import io.factline.timeline.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class SeedImporterTest {

    @Inject
    SeedImporter importer;

    @Inject
    ObjectMapper json;

    @Inject
    FreshTimeline freshTimeline;

    @Inject
    UserTransaction transaction;

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
    void theImportWritesWhatWasReadAheadOfIt() throws IOException {
        Optional<String> build = Optional.of("ahead.jar|1|1|17");
        Path seeds = copySeedsPublishing(Map.of("001_b5e0b783de3c455c.txt", "2023-02-20"));
        importer.readAhead(seeds, build, null).join();
        // The folder goes back to the shipped dates once read: the import takes the reading, not the folder.
        Files.copy(Path.of("seeds", "sources.json"), seeds.resolve("sources.json"), StandardCopyOption.REPLACE_EXISTING);
        try {
            assertThat(importer.importSeeds(seeds, build)).isEqualTo(Outcome.IMPORTED);
            assertThat(earliest("bakhmut-shelling")).isEqualTo("2023-02-20");
        } finally {
            assertThat(importer.importSeeds(Path.of("seeds"), Optional.empty())).isEqualTo(Outcome.IMPORTED);
        }
        assertThat(earliest("bakhmut-shelling")).isEqualTo("2023-02-13");
    }

    @Test
    void aReadAheadOfAnotherFolderIsNeitherImportedNorReported() throws IOException {
        Path moved = copySeedsPublishing(Map.of("001_b5e0b783de3c455c.txt", "2023-02-20"));
        misquoteBakhmut(moved);
        importer.readAhead(moved, Optional.empty(), null).exceptionally(failed -> null).join();

        assertThat(importer.importSeeds(Path.of("seeds"), Optional.empty())).isEqualTo(Outcome.UNCHANGED);
        assertThat(earliest("bakhmut-shelling")).isEqualTo("2023-02-13");
    }

    @Test
    void aReadAheadThatFindsTheStoredImportsInputsReadsNothingForThatBuild() throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        Optional<String> build = Optional.of("stands.jar|1|1|17");
        String stored = SeedInputs.digest(seeds, build).orElseThrow();

        importer.readAhead(seeds, build, stored).join();
        assertThat(importer.importSeeds(seeds, build)).isEqualTo(Outcome.NOT_REREAD);
        importer.readAhead(seeds, build, stored).join();
        assertThat(importer.importSeeds(seeds, Optional.of("rebuilt.jar|1|1|17"))).as("another build")
                .isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aReadAheadThatFailsFailsTheImportWithTheFoldersError() throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        String events = Files.readString(seeds.resolve("events.json"));
        misquoteBakhmut(seeds);
        importer.readAhead(seeds, Optional.empty(), null).exceptionally(failed -> null).join();
        // Mended after the read: only the read ahead's own error can fail the import.
        Files.writeString(seeds.resolve("events.json"), events);

        assertThatThrownBy(() -> importer.importSeeds(seeds, Optional.empty())).isInstanceOf(SeedException.class)
                .hasMessageContaining("bakhmut-shelling").hasMessageContaining("quote not found verbatim");
    }

    @Test
    void refusesAQuoteThatIsNotInItsSource() throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        misquoteBakhmut(seeds);

        assertThatThrownBy(() -> importer.read(seeds)).isInstanceOf(SeedException.class)
                .hasMessageContaining("bakhmut-shelling").hasMessageContaining("quote not found verbatim");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sources.json", "events.json"})
    void refusesAnIdUsedTwice(String file) throws IOException {
        Path seeds = copySeedsPublishing(Map.of());
        ObjectNode records = (ObjectNode) json.readTree(seeds.resolve(file).toFile());
        ArrayNode list = records.withArray(file.equals("sources.json") ? "sources" : "events");
        list.add(list.get(0).deepCopy());
        json.writeValue(seeds.resolve(file).toFile(), records);

        // A source's id is its file's name without the extension.
        String id = file.equals("sources.json") ? list.get(0).get("file").asText().replaceFirst("\\.txt$", "")
                : list.get(0).get("id").asText();

        assertThatThrownBy(() -> importer.read(seeds)).isInstanceOf(SeedException.class)
                .hasMessage("%s id %s is used twice in %s", file.equals("sources.json") ? "source" : "event", id, file);
    }

    @Test
    void startsWithTheGazetteerAloneWhenThereIsNoSeedsFolder() {
        SeedSet seeds = importer.read(temp.resolve("absent"));
        assertThat(seeds.sources()).isEmpty();
        assertThat(seeds.events()).isEmpty();
        assertThat(seeds.gazetteer().places()).isNotEmpty();
    }

    /** The tables a seed import writes, with the order that makes each row's dump independent of generated ids. */
    private static final Map<String, String> SEED_TABLES = new LinkedHashMap<>();

    static {
        SEED_TABLES.put("place", "id");
        SEED_TABLES.put("place_alias", "place_id, alias");
        SEED_TABLES.put("actor", "id");
        SEED_TABLES.put("actor_alias", "actor_id, alias");
        SEED_TABLES.put("source", "id");
        SEED_TABLES.put("event", "id");
        SEED_TABLES.put("event_actor", "event_id, actor_id");
        SEED_TABLES.put("event_tag", "event_id, tag");
        SEED_TABLES.put("event_tombstone", "id");
        // Citation ids come from a sequence: compared by what they cite, in order.
        SEED_TABLES.put("citation", "event_id, position");
    }

    private static final OffsetDateTime IMPORTED_AT = OffsetDateTime.parse("2026-01-02T03:04:05.123456Z");

    @Test
    void aFirstImportWritesTheRowsThatTheUpsertsWrite() throws Exception {
        SeedSet seeds = importer.read(Path.of("seeds"));

        Map<String, List<String>> fresh = rowsAfter(() -> importer.insertFresh(seeds, IMPORTED_AT));
        Map<String, List<String>> upserted = rowsAfter(() -> importer.upsert(seeds, IMPORTED_AT));

        assertThat(fresh.get("event")).hasSize(seeds.events().size());
        assertThat(fresh.get("citation")).hasSize(seeds.events().stream().mapToInt(e -> e.citations().size()).sum());
        assertThat(fresh.get("place_alias")).isNotEmpty();
        assertThat(fresh.get("event_actor")).isNotEmpty();
        SEED_TABLES.keySet().forEach(table -> assertThat(fresh.get(table)).as(table).isEqualTo(upserted.get(table)));
    }

    @Test
    void bothImportPathsStoreTheTimeOfDayOfATimeDate() throws Exception {
        SeedSet seeds = importer.read(Path.of("seeds"));
        String liptsy = "id=kharkiv-liptsy-road-under-russian-fire-control ";

        for (Runnable write : List.<Runnable>of(() -> importer.insertFresh(seeds, IMPORTED_AT),
                () -> importer.upsert(seeds, IMPORTED_AT))) {
            List<String> events = rowsAfter(write).get("event");
            // "jeudi matin": the TIME 2024-05-16TMO, sorted at the start of the morning.
            assertThat(events).filteredOn(row -> row.contains(liptsy)).singleElement().asString()
                    .contains("date_value=2024-05-16TMO ").contains("date_precision=PART_OF_DAY ")
                    .contains("date_time=06:00:00 ");
            assertThat(events).filteredOn(row -> row.contains("id=bakhmut-shelling ")).singleElement().asString()
                    .contains("date_time=null ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a title over 300 characters", "a blank date expression", "a lower-case country code"})
    void aFirstImportRefusesWhatTheEntityConstraintsRefuse(String defect) {
        SeedSet seeds = importer.read(Path.of("seeds"));
        SeedSet broken = switch (defect) {
            case "a title over 300 characters" -> withFirstEvent(seeds, e -> new PlannedEvent(e.id(), "x".repeat(301),
                    e.summary(), e.place(), e.actors(), e.tags(), e.date(), e.dateSourceId(), e.citations()));
            case "a blank date expression" -> withFirstEvent(seeds, e -> new PlannedEvent(e.id(), e.title(),
                    e.summary(), e.place(), e.actors(), e.tags(), new Timex(" ", e.date().start(), e.date().end(),
                    e.date().type(), e.date().value(), e.date().precision(), e.date().earliest(), e.date().latest(),
                    e.date().mod(), e.date().anchor(), e.date().rule()), e.dateSourceId(), e.citations()));
            default -> new SeedSet(new Gazetteer.Data(seeds.gazetteer().places().stream()
                    .map(p -> new PlaceRecord(p.id(), p.name(), p.aliases(), p.kind(), "ua", p.latitude(), p.longitude()))
                    .toList(), seeds.gazetteer().actors()), seeds.sources(), seeds.events());
        };

        assertThatThrownBy(() -> rowsAfter(() -> importer.insertFresh(broken, IMPORTED_AT)))
                .as("fresh").satisfies(SeedImporterTest::isConstraintViolation);
        assertThatThrownBy(() -> rowsAfter(() -> importer.upsert(broken, IMPORTED_AT)))
                .as("upserts").satisfies(SeedImporterTest::isConstraintViolation);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "INSERT INTO place (id, name, kind) VALUES ('p', 'P', 'CITY')",
            "INSERT INTO actor (id, name, kind) VALUES ('a', 'A', 'PERSON')",
            "INSERT INTO source (id, language, published_on, content, length, sha256, created_at) "
                    + "VALUES ('s', 'fr', DATE '2024-01-01', 'texte', 5, 'x', CURRENT_TIMESTAMP)",
            "INSERT INTO event (id, title, status, date_value, date_precision, earliest, latest, date_expression, "
                    + "date_rule, created_at, updated_at) VALUES ('e', 'E', 'REVIEWED', '2024', 'YEAR', "
                    + "DATE '2024-01-01', DATE '2024-12-31', '2024', 'year', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            "INSERT INTO event_tombstone (id, deleted_at) VALUES ('e', CURRENT_TIMESTAMP)"})
    void aDatabaseWithAnyRowInTheSeedTablesIsMergedInto(String insert) throws Exception {
        boolean[] empty = new boolean[2];
        rolledBack(() -> {
            clearSeedTables();
            empty[0] = freshTimeline.isEmpty();
            sql(List.of(insert));
            empty[1] = freshTimeline.isEmpty();
            return null;
        });

        assertThat(empty).containsExactly(true, false);
    }

    /** The seed tables' rows after {@code write} ran on empty tables; the transaction is rolled back. */
    private Map<String, List<String>> rowsAfter(Runnable write) throws Exception {
        return rolledBack(() -> {
            clearSeedTables();
            write.run();
            Event.flush();
            return Event.getEntityManager().unwrap(Session.class).doReturningWork(SeedImporterTest::dump);
        });
    }

    /** What {@code work} returns, run in a transaction that is then rolled back. */
    private <T> T rolledBack(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }

    private static Map<String, List<String>> dump(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : SEED_TABLES.entrySet()) {
            List<String> rows = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                ResultSetMetaData columns = row.getMetaData();
                while (row.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String name = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (!(table.getKey().equals("citation") && name.equals("id"))) {
                            line.append(name).append('=').append(row.getObject(c)).append(' ');
                        }
                    }
                    rows.add(line.toString());
                }
            }
            tables.put(table.getKey(), rows);
        }
        return tables;
    }

    /** Empties the seed tables, children first. */
    private static void clearSeedTables() {
        List<String> deletes = new ArrayList<>();
        SEED_TABLES.keySet().forEach(table -> deletes.add(0, "DELETE FROM " + table));
        sql(deletes);
    }

    private static void sql(List<String> statements) {
        Event.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (Statement sql = connection.createStatement()) {
                for (String statement : statements) {
                    sql.executeUpdate(statement);
                }
            }
        });
    }

    private static SeedSet withFirstEvent(SeedSet seeds, UnaryOperator<PlannedEvent> change) {
        List<PlannedEvent> events = new ArrayList<>(seeds.events());
        events.set(0, change.apply(events.get(0)));
        return new SeedSet(seeds.gazetteer(), seeds.sources(), events);
    }

    private static void isConstraintViolation(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a ConstraintViolationException in %s", thrown).isNotNull();
    }

    /** Makes the Bakhmut event quote words that its source does not have. */
    private static void misquoteBakhmut(Path seeds) throws IOException {
        String events = Files.readString(seeds.resolve("events.json"));
        Files.writeString(seeds.resolve("events.json"),
                events.replace("a été la cible de tirs nourris", "a été la cible de tirs nourris et répétés"));
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
