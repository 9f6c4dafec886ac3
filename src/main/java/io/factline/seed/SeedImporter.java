package io.factline.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.FactlineConfig;
import io.factline.cache.DataVersion;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Gazetteer;
import io.factline.gazetteer.Place;
import io.factline.seed.SeedRecords.EventsFile;
import io.factline.seed.SeedRecords.SourceRecord;
import io.factline.seed.SeedRecords.SourcesFile;
import io.factline.seed.SeedTimeline.PlannedCitation;
import io.factline.seed.SeedTimeline.PlannedEvent;
import io.factline.seed.SeedTimeline.SeedSource;
import io.factline.source.Source;
import io.factline.source.SourceText;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import io.factline.timeline.EventDate;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the seeds folder at start-up: the articles, their publication facts and the editors' record of the
 * seed events. Idempotent: the import is skipped when what it would write is what it wrote last time.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    /** What a seeds folder holds once read and turned into events. */
    record SeedSet(Gazetteer.Data gazetteer, List<SeedSource> sources, List<PlannedEvent> events) {
    }

    private final FactlineConfig config;
    private final Gazetteer gazetteer;
    private final TemporalResolver resolver;
    private final ObjectMapper json;
    private final DataVersion dataVersion;
    private final FreshTimeline freshTimeline;
    /** The read started by {@link #readAhead(String)} until an import takes it. */
    private final AtomicReference<Pending> readingAhead = new AtomicReference<>();

    SeedImporter(FactlineConfig config, Gazetteer gazetteer, TemporalResolver resolver, ObjectMapper json,
            DataVersion dataVersion, FreshTimeline freshTimeline) {
        this.dataVersion = dataVersion;
        this.freshTimeline = freshTimeline;
        this.config = config;
        this.gazetteer = gazetteer;
        this.resolver = resolver;
        this.json = json;
    }

    /** What a start-up import did. */
    enum Outcome {
        /** The seed timeline was written (a new database, or changed seeds or resolution). */
        IMPORTED,
        /** Read and resolved again, it was what the last import wrote: nothing written. */
        UNCHANGED,
        /** The folder's files and the application build are those of the last import: not even read. */
        NOT_REREAD
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.seeds().enabled()) {
            LOG.info("Seed import disabled (factline.seeds.enabled=false): loading the gazetteer only");
            upsertGazetteer();
            return;
        }
        importSeeds(config.seeds().dir(), SeedInputs.build());
    }

    /**
     * Imports the seeds folder unless the last import was made from the same files by the same build
     * ({@link SeedInputs}; without a build identity the folder is always read) or would write the same.
     */
    Outcome importSeeds(Path dir, Optional<String> build) {
        long started = System.nanoTime();
        Reading ahead = readAheadFor(dir, build);
        Optional<String> inputs = ahead != null ? ahead.inputs() : SeedInputs.digest(dir, build);
        // A read ahead compared the inputs with the stored import's once Flyway had migrated; no need to ask again.
        boolean stands = ahead != null ? ahead.stands() : inputs.isPresent() && inputs.get().equals(lastInputs());
        if (stands) {
            LOG.infof("Seeds unchanged: the folder's files and the application build are those of the last import, "
                    + "which stands (checked %s in %d ms)", ahead != null ? "once the database was migrated" : "here",
                    (System.nanoTime() - started) / 1_000_000);
            return Outcome.NOT_REREAD;
        }
        Reading reading = ahead != null ? ahead : reading(dir, inputs);
        long read = System.nanoTime();
        boolean changed = apply(reading.seeds(), reading.fingerprint(), inputs.orElse(null));
        long applied = System.nanoTime();
        SeedSet seeds = reading.seeds();
        LOG.infof("Seeds %s: %d sources, %d events, %d places, %d actors (read and resolved in %d ms%s, %s in %d ms)",
                changed ? "imported" : "unchanged", seeds.sources().size(), seeds.events().size(),
                seeds.gazetteer().places().size(), seeds.gazetteer().actors().size(), reading.millis(),
                ahead != null ? " while the database started" : "", changed ? "written" : "checked",
                (applied - read) / 1_000_000);
        return changed ? Outcome.IMPORTED : Outcome.UNCHANGED;
    }

    /**
     * A seeds folder read and resolved, with the digest of its inputs and the fingerprint of what it would write;
     * {@code seeds} and {@code fingerprint} are null when a read ahead found the stored import made from the same
     * inputs.
     */
    private record Reading(Optional<String> inputs, SeedSet seeds, String fingerprint, long millis) {

        /** The read ahead found the stored import made from these inputs, and read nothing. */
        boolean stands() {
            return seeds == null;
        }
    }

    private Reading reading(Path dir, Optional<String> inputs) {
        long started = System.nanoTime();
        SeedSet seeds = read(dir);
        return new Reading(inputs, seeds, fingerprint(seeds), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts reading the configured seeds folder on a thread of its own, for the import at start-up to pick up: it
     * needs no database, so it can run on another core while Hibernate starts ({@link SeedReadAhead}). Nothing is
     * read when the folder's inputs are {@code storedInputs}, those of the stored import. Nothing when seeds are
     * disabled.
     */
    void readAhead(String storedInputs) {
        if (config.seeds().enabled()) {
            readAhead(config.seeds().dir(), SeedInputs.build(), storedInputs);
        }
    }

    /** A read ahead of this folder for this build, running or done. */
    private record Pending(Path dir, Optional<String> build, CompletableFuture<Reading> reading) {
    }

    /** Reads {@code dir} ahead of {@link #importSeeds}, which takes the result; done when it is ready. */
    CompletableFuture<?> readAhead(Path dir, Optional<String> build, String storedInputs) {
        Pending pending = new Pending(dir, build, new CompletableFuture<>());
        if (!readingAhead.compareAndSet(null, pending)) {
            return readingAhead.get().reading();
        }
        Thread thread = new Thread(() -> {
            try {
                Optional<String> inputs = SeedInputs.digest(dir, build);
                pending.reading().complete(inputs.isPresent() && inputs.get().equals(storedInputs)
                        ? new Reading(inputs, null, null, 0)
                        : reading(dir, inputs));
            } catch (RuntimeException | Error e) {
                pending.reading().completeExceptionally(e);
            }
        }, "factline-seed-read");
        thread.setDaemon(true);
        thread.start();
        return pending.reading();
    }

    /** What the pending read ahead read, when it read this folder for this build; null otherwise. */
    private Reading readAheadFor(Path dir, Optional<String> build) {
        Pending pending = readingAhead.getAndSet(null);
        if (pending == null || !pending.dir().equals(dir) || !pending.build().equals(build)) {
            return null;
        }
        try {
            return pending.reading().join();
        } catch (CompletionException e) {
            // The folder's own error (a quote not found, an unknown source...), as if read here.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Transactional
    String lastInputs() {
        return SeedImport.seeds().inputs;
    }

    /** Reads a seeds folder and computes its events; without the folder, only the gazetteer. */
    SeedSet read(Path dir) {
        Gazetteer.Data shipped = gazetteer.shipped();
        if (!Files.isDirectory(dir)) {
            LOG.warnf("No seeds folder at %s: starting with the gazetteer only", dir.toAbsolutePath());
            return new SeedSet(shipped, List.of(), List.of());
        }
        Map<String, SeedSource> sources = new LinkedHashMap<>();
        for (SourceRecord record : readJson(dir.resolve("sources.json"), SourcesFile.class).sources()) {
            Language language = Language.fromCode(record.language())
                    .orElseThrow(() -> new SeedException(record.file() + ": unsupported language " + record.language()));
            if (sources.containsKey(record.id())) {
                throw new SeedException("source id " + record.id() + " is used twice in sources.json");
            }
            sources.put(record.id(), new SeedSource(record.id(), record.title(), record.publisher(), record.url(),
                    language, record.publishedOn(), readText(dir.resolve(record.file()))));
        }
        EventsFile events = readJson(dir.resolve("events.json"), EventsFile.class);
        List<PlannedEvent> planned = new SeedTimeline(sources, resolver).plan(events.events());
        return new SeedSet(shipped, List.copyOf(sources.values()), planned);
    }

    /** Places and actors are needed to link the entities of posted sources, seeds or not. */
    @Transactional
    void upsertGazetteer() {
        SeedImport.lockSeeds();
        gazetteer.upsert(gazetteer.shipped());
        dataVersion.recordWrite();
    }

    /**
     * Writes the seed set unless the last import wrote the same, and records {@code inputs} (the digest of what it
     * was computed from, null when unknown) as those of the stored seed timeline; true when something was written.
     */
    @Transactional
    boolean apply(SeedSet seeds, String fingerprint, String inputs) {
        SeedImport state = SeedImport.lockSeeds();
        if (fingerprint.equals(state.fingerprint)) {
            if (inputs != null) {
                state.inputs = inputs;
            }
            return false;
        }
        OffsetDateTime now = Event.now();
        if (freshTimeline.isEmpty()) {
            insertFresh(seeds, now);
        } else {
            upsert(seeds, now);
        }
        state.fingerprint = fingerprint;
        state.inputs = inputs;
        state.importedAt = now;
        dataVersion.recordWrite();
        return true;
    }

    /** Merges the seed set into a database that already holds a timeline or a gazetteer; call in a transaction. */
    void upsert(SeedSet seeds, OffsetDateTime now) {
        // The rows this import may update, read in one query per table; the lookups below hit the session.
        Source.list("id in ?1", seeds.sources().stream().map(SeedSource::id).toList());
        Event.list("id in ?1", seeds.events().stream().map(PlannedEvent::id).toList());
        gazetteer.upsert(seeds.gazetteer());
        for (SeedSource seed : seeds.sources()) {
            upsertSource(seed, now);
        }
        Set<String> seedSourceIds = seeds.sources().stream().map(SeedSource::id).collect(Collectors.toSet());
        for (PlannedEvent planned : seeds.events()) {
            upsertEvent(planned, seedSourceIds, now);
        }
    }

    /** Writes the seed set into a database with no timeline and no gazetteer yet; call in a transaction. */
    void insertFresh(SeedSet seeds, OffsetDateTime now) {
        Map<String, Place> places = new LinkedHashMap<>();
        seeds.gazetteer().places().forEach(record -> places.put(record.id(), Gazetteer.fill(new Place(), record)));
        Map<String, Actor> actors = new LinkedHashMap<>();
        seeds.gazetteer().actors().forEach(record -> actors.put(record.id(), Gazetteer.fill(new Actor(), record)));
        Map<String, String> idsByText = new HashMap<>();
        List<Source> sources = new ArrayList<>();
        for (SeedSource seed : seeds.sources()) {
            String sha256 = SourceText.sha256(seed.text());
            String other = idsByText.putIfAbsent(sha256, seed.id());
            if (other != null) {
                throw sameText(seed, other);
            }
            Source source = fill(new Source(), seed, sha256);
            source.createdAt = now;
            sources.add(source);
        }
        List<Event> events = new ArrayList<>();
        for (PlannedEvent planned : seeds.events()) {
            Event event = fill(new Event(), planned, id -> Optional.ofNullable(places.get(id)),
                    id -> Optional.ofNullable(actors.get(id)));
            planned.citations().forEach(located -> event.addCitation(citation(located)));
            event.createdAt = now;
            event.updatedAt = now;
            events.add(event);
        }
        freshTimeline.insert(places.values(), actors.values(), sources, events);
    }

    private void upsertSource(SeedSource seed, OffsetDateTime now) {
        String sha256 = SourceText.sha256(seed.text());
        Source.findBySha256(sha256).filter(other -> !other.id.equals(seed.id())).ifPresent(other -> {
            throw sameText(seed, other.id);
        });
        Source source = Source.<Source>findByIdOptional(seed.id()).orElseGet(Source::new);
        boolean created = source.id == null;
        fill(source, seed, sha256);
        if (created) {
            source.createdAt = now;
            source.persist();
        }
    }

    private static SeedException sameText(SeedSource seed, String otherId) {
        return new SeedException("seed " + seed.id() + " has the same text as source " + otherId);
    }

    private static Source fill(Source source, SeedSource seed, String sha256) {
        source.id = seed.id();
        source.title = seed.title();
        source.publisher = seed.publisher();
        source.url = seed.url();
        source.language = seed.language().code();
        source.publishedOn = seed.publishedOn();
        source.text = seed.text();
        source.length = new SourceText(seed.text()).length();
        source.sha256 = sha256;
        return source;
    }

    private void upsertEvent(PlannedEvent planned, Set<String> seedSourceIds, OffsetDateTime now) {
        Event event = Event.<Event>findByIdOptional(planned.id()).orElseGet(Event::new);
        boolean created = event.id == null;
        fill(event, planned, id -> Place.findByIdOptional(id), id -> Actor.findByIdOptional(id));
        List<Citation> fromSeeds = event.citations.stream().filter(c -> seedSourceIds.contains(c.sourceId)).toList();
        if (!sameCitations(fromSeeds, planned.citations())) {
            // Citations that posted sources added to a seed event (other reports of it) are kept, after the seeds'.
            List<Citation> posted = event.citations.stream().filter(c -> !seedSourceIds.contains(c.sourceId))
                    .map(c -> Citation.of(c.sourceId, c.quote, c.start, c.end, c.prefix, c.suffix)).toList();
            if (!event.citations.isEmpty()) {
                event.citations.clear();
                // Deletes must reach the database before re-inserted spans hit the unique constraint.
                Event.flush();
            }
            planned.citations().forEach(located -> event.addCitation(citation(located)));
            posted.forEach(event::addCitation);
        }
        if (created) {
            event.create(now);
        } else {
            event.updatedAt = now;
        }
    }

    /** Sets what the seeds say of an event, finding its place and actors with these lookups. */
    private static Event fill(Event event, PlannedEvent planned, Function<String, Optional<Place>> places,
            Function<String, Optional<Actor>> actors) {
        event.id = planned.id();
        event.title = planned.title();
        event.summary = planned.summary();
        event.status = Event.Status.REVIEWED;
        event.date = EventDate.of(planned.date(), planned.dateSourceId());
        event.place = planned.place() == null ? null : places.apply(planned.place())
                .orElseThrow(() -> new SeedException("event " + planned.id() + ": unknown place " + planned.place()));
        event.actors = new LinkedHashSet<>();
        for (String actorId : planned.actors()) {
            event.actors.add(actors.apply(actorId)
                    .orElseThrow(() -> new SeedException("event " + planned.id() + ": unknown actor " + actorId)));
        }
        event.tags = new LinkedHashSet<>(planned.tags());
        return event;
    }

    private static Citation citation(PlannedCitation located) {
        return Citation.of(located.sourceId(), located.quote(), located.start(), located.end(), located.prefix(),
                located.suffix());
    }

    private static boolean sameCitations(List<Citation> stored, List<PlannedCitation> planned) {
        if (stored.size() != planned.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Citation citation = stored.get(i);
            PlannedCitation wanted = planned.get(i);
            if (!citation.sourceId.equals(wanted.sourceId()) || citation.start != wanted.start()
                    || citation.end != wanted.end() || !citation.quote.equals(wanted.quote())) {
                return false;
            }
        }
        return true;
    }

    /** Digest of everything an import would write: equal digests, nothing to do. */
    String fingerprint(SeedSet seeds) {
        try {
            return SourceText.sha256(json.writeValueAsString(seeds));
        } catch (JsonProcessingException e) {
            throw new SeedException("cannot fingerprint the seeds", e);
        }
    }

    private <T> T readJson(Path file, Class<T> type) {
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new SeedException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
