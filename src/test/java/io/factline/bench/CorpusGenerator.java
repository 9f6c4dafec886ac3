package io.factline.bench;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.seed.TimelineRows;
import io.factline.source.Source;
import io.factline.source.SourceText;
import io.factline.temporal.Precision;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.factline.timeline.EventDate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic timeline straight into a Factline database whose schema Flyway has created (start the
 * application on it once first): sources with French texts, and events dated at every precision from a day to a
 * year, each backed by one to three citations whose offsets slice their source's text exactly, with places and
 * actors of the shipped gazetteer. The same seed always writes the same rows. A benchmark fixture, not a test.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java@corpus -Dexec.args="--url jdbc:h2:file:./data/factline --user factline \
 *     --events 100000 --seed 42"
 * </pre>
 */
public final class CorpusGenerator {

    static final String PREFIX = "synthetic-";
    static final LocalDate FIRST = LocalDate.of(1995, 1, 1);
    static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final String[] SUBJECTS = {"Le gouvernement", "Le ministre", "L'armée", "Le parlement",
        "Le négociateur", "La délégation", "Le président", "L'observatrice", "La coalition", "Le conseil"};
    private static final String[] VERBS = {"a annoncé", "a confirmé", "a démenti", "a signé", "a rejeté",
        "a publié", "a ouvert", "a suspendu", "a prolongé", "a présenté"};
    private static final String[] OBJECTS = {"un accord de cessez-le-feu", "un nouveau budget", "une enquête",
        "des sanctions économiques", "un plan de reconstruction", "un rapport détaillé", "une aide militaire",
        "un sommet régional", "des pourparlers", "une réforme électorale"};
    private static final String[] WHEN = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "la semaine dernière",
        "le mois dernier", "en début d'année", "au printemps", "fin août"};
    private static final String[] TAGS = {"diplomatie", "défense", "économie", "élections", "énergie", "justice",
        "humanitaire", "sanctions", "sommet", "frontières", "aide", "négociations"};

    record Options(String url, String user, String password, int events, long seed, int eventsPerSource) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>(Map.of("--user", "factline", "--password", "",
                    "--events", "100000", "--seed", "42", "--events-per-source", "4"));
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i], args[i + 1]);
            }
            if (!values.containsKey("--url")) {
                throw new IllegalArgumentException("usage: --url JDBC_URL [--user U] [--password P] [--events N] "
                        + "[--seed S] [--events-per-source K]");
            }
            return new Options(values.get("--url"), values.get("--user"), values.get("--password"),
                    Integer.parseInt(values.get("--events")), Long.parseLong(values.get("--seed")),
                    Integer.parseInt(values.get("--events-per-source")));
        }
    }

    record SyntheticSource(String id, LocalDate publishedOn, String text, List<int[]> sentences) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            db.setAutoCommit(false);
            // The gazetteer the application imported at start-up (none when it started with seeds disabled).
            List<String> places = ids(db, "place");
            List<String> actors = ids(db, "actor");
            int removed = removePrevious(db);
            long[] written = write(db, options, places, actors);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("corpus: seed %d, %d sources, %d events, %d citations (%d earlier synthetic rows "
                    + "removed) in %.1f s%n", options.seed(), written[0], written[1], written[2], removed, seconds);
        }
    }

    static long[] write(Connection db, Options options, List<String> places, List<String> actors) throws SQLException {
        Random random = new Random(options.seed());
        int sourceCount = Math.max(1, options.events() / options.eventsPerSource());
        long days = ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        List<SyntheticSource> sources = new ArrayList<>(sourceCount);
        List<Source> sourceRows = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            LocalDate publishedOn = FIRST.plusDays(random.nextLong(days));
            SyntheticSource source = text(PREFIX + String.format("src-%06d", s), publishedOn, random);
            sources.add(source);
            sourceRows.add(sourceRow(source, s));
            if (sourceRows.size() == 1000) {
                TimelineRows.writeSources(db, sourceRows);
                sourceRows.clear();
            }
        }
        TimelineRows.writeSources(db, sourceRows);
        db.commit();
        long citations = 0;
        long citationId = nextCitationId(db);
        // Rows refer to the gazetteer by id: one stand-in entity per id.
        Map<String, Place> placeRefs = new HashMap<>();
        for (String placeId : places) {
            placeRefs.put(placeId, new Place());
            placeRefs.get(placeId).id = placeId;
        }
        Map<String, Actor> actorRefs = new HashMap<>();
        for (String actorId : actors) {
            actorRefs.put(actorId, new Actor());
            actorRefs.get(actorId).id = actorId;
        }
        List<Event> eventRows = new ArrayList<>();
        for (int e = 0; e < options.events(); e++) {
            String id = PREFIX + String.format("%06d", e);
            SyntheticSource source = sources.get(random.nextInt(sources.size()));
            LocalDate day = source.publishedOn().minusDays(random.nextInt(10));
            if (day.isBefore(FIRST)) {
                day = FIRST;
            }
            LocalDate[] interval = new LocalDate[2];
            String[] valueAndPrecision = date(day, random.nextInt(100), interval);
            int[] sentence = source.sentences().get(random.nextInt(source.sentences().size()));
            String quote = source.text().substring(sentence[0], sentence[1]);
            Event event = new Event();
            event.id = id;
            event.title = quote.length() > 120 ? quote.substring(0, 117) + "..." : quote;
            event.summary = "Événement synthétique " + e + " : " + quote;
            event.status = Event.Status.EXTRACTED;
            event.date = new EventDate();
            event.date.value = valueAndPrecision[0];
            event.date.precision = Precision.valueOf(valueAndPrecision[1]);
            event.date.earliest = interval[0];
            event.date.latest = interval[1];
            event.date.expression = WHEN[random.nextInt(WHEN.length)];
            event.date.anchor = source.publishedOn();
            event.date.rule = "synthetic";
            event.date.sourceId = source.id();
            event.place = !places.isEmpty() && random.nextInt(10) < 7
                    ? placeRefs.get(places.get(random.nextInt(places.size()))) : null;
            event.createdAt = CREATED;
            event.updatedAt = CREATED;
            event.deriveDateColumns();
            int quotes = 1 + random.nextInt(3);
            Set<String> spans = new LinkedHashSet<>();
            for (int c = 0; c < quotes; c++) {
                SyntheticSource cited = c == 0 ? source : sources.get(random.nextInt(sources.size()));
                int[] span = c == 0 ? sentence : cited.sentences().get(random.nextInt(cited.sentences().size()));
                if (!spans.add(cited.id() + ":" + span[0])) {
                    continue;
                }
                Citation citation = Citation.of(cited.id(), new SourceText(cited.text()), span[0], span[1]);
                citation.id = citationId++;
                event.addCitation(citation);
                citations++;
            }
            for (int a = actors.isEmpty() ? 0 : random.nextInt(4); a > 0; a--) {
                event.actors.add(actorRefs.get(actors.get(random.nextInt(actors.size()))));
            }
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                event.tags.add(TAGS[random.nextInt(TAGS.length)]);
            }
            eventRows.add(event);
            if (e % 1000 == 999) {
                TimelineRows.writeEvents(db, eventRows);
                eventRows.clear();
                db.commit();
            }
        }
        TimelineRows.writeEvents(db, eventRows);
        try (Statement sql = db.createStatement()) {
            // Hibernate's pooled ids for new citations must start past the ones written here.
            sql.execute("ALTER SEQUENCE citation_seq RESTART WITH " + (citationId + 1000));
            // Running instances keep answers in memory until this counter moves (io.factline.cache.DataVersion).
            sql.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
            db.commit();
            if (db.getMetaData().getURL().startsWith("jdbc:h2:")) {
                // H2 keeps a chunk per commit until it compacts: shrink the file before the application opens it.
                sql.execute("SHUTDOWN COMPACT");
            } else {
                // Statistics for the planner. ANALYZE is transactional: uncommitted, its statistics would be rolled
                // back while the server still counts the tables as analysed, and autovacuum would not redo it.
                sql.execute("ANALYZE");
                db.commit();
            }
        }
        return new long[] {sources.size(), options.events(), citations};
    }

    /** Value and precision of an event on or around {@code day}; the interval goes to {@code interval}. */
    private static String[] date(LocalDate day, int dice, LocalDate[] interval) {
        if (dice < 75) {
            interval[0] = day;
            interval[1] = day;
            return new String[] {day.toString(), "DAY"};
        }
        if (dice < 83) {
            LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
            interval[0] = monday;
            interval[1] = monday.plusDays(6);
            return new String[] {String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "WEEK"};
        }
        if (dice < 95) {
            interval[0] = day.withDayOfMonth(1);
            interval[1] = day.withDayOfMonth(day.lengthOfMonth());
            return new String[] {day.toString().substring(0, 7), "MONTH"};
        }
        if (dice < 97) {
            int quarter = (day.getMonthValue() - 1) / 3;
            interval[0] = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
            interval[1] = interval[0].plusMonths(3).minusDays(1);
            return new String[] {day.getYear() + "-Q" + (quarter + 1), "QUARTER"};
        }
        interval[0] = LocalDate.of(day.getYear(), 1, 1);
        interval[1] = LocalDate.of(day.getYear(), 12, 31);
        return new String[] {String.valueOf(day.getYear()), "YEAR"};
    }

    /** A short dispatch of four to eight sentences; the offsets of each sentence are code points (all BMP). */
    static SyntheticSource text(String id, LocalDate publishedOn, Random random) {
        StringBuilder text = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        int count = 4 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(WHEN[random.nextInt(WHEN.length)]).append(' ')
                    .append(OBJECTS[random.nextInt(OBJECTS.length)])
                    .append(" (dépêche ").append(id).append(", phrase ").append(i + 1).append(").");
            sentences.add(new int[] {start, text.length()});
        }
        return new SyntheticSource(id, publishedOn, text.toString(), sentences);
    }

    private static Source sourceRow(SyntheticSource synthetic, int number) {
        Source source = new Source();
        source.id = synthetic.id();
        source.title = "Dépêche " + number;
        source.publisher = "Agence synthétique";
        source.url = "https://example.org/synthetic/" + number;
        source.language = "fr";
        source.publishedOn = synthetic.publishedOn();
        source.text = synthetic.text();
        source.length = new SourceText(synthetic.text()).length();
        source.sha256 = SourceText.sha256(synthetic.text());
        source.createdAt = CREATED;
        return source;
    }

    private static int removePrevious(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            int events = sql.executeUpdate("DELETE FROM event WHERE id LIKE '" + PREFIX + "%'");
            sql.executeUpdate("DELETE FROM source WHERE id LIKE '" + PREFIX + "%'");
            db.commit();
            return events;
        }
    }

    private static long nextCitationId(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM citation")) {
            max.next();
            return max.getLong(1) + 1000;
        }
    }

    private static List<String> ids(Connection db, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
