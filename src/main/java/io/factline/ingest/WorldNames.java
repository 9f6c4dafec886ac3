package io.factline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.gazetteer.Place;
import io.factline.gazetteer.WorldPlaces;
import io.factline.gazetteer.WorldPlaces.WorldPlace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The world gazetteer indexed by folded name: every town, state and country that a name may mean, by its names in
 * the data and by the curated spellings of {@code gazetteer/world-aliases.json} (French exonyms such as "Londres",
 * "Varsovie", "Le Caire", which the data lacks).
 */
final class WorldNames {

    /** The curated spellings of world places, read with the world gazetteer. */
    static final String ALIASES = "gazetteer/world-aliases.json";

    /** One world place's curated spellings; {@code name} only tells a reader which place the id is. */
    record Aliases(String id, String name, List<String> aliases) {
    }

    private record AliasesFile(List<Aliases> aliases) {
    }

    /** Longest name in words ("Saint-Rémy-de-Provence" counts four). */
    static final int MAX_WORDS = 6;

    private final WorldPlaces places;
    private final Map<String, List<WorldPlace>> byKey;
    private final Map<String, List<String>> curated = new HashMap<>();
    private final Set<String> acronyms = new HashSet<>();

    private WorldNames(WorldPlaces places, List<Aliases> aliases) {
        this.places = places;
        Map<String, List<WorldPlace>> index = new HashMap<>(places.all().size() * 2);
        for (WorldPlace place : places.all()) {
            for (String name : place.names()) {
                add(index, name, place);
            }
        }
        for (Aliases entry : aliases) {
            WorldPlace place = places.byId(entry.id());
            if (place == null) {
                throw new IllegalStateException(ALIASES + " names " + entry.id() + " (" + entry.name()
                        + "), which the world gazetteer does not hold");
            }
            entry.aliases().forEach(alias -> add(index, alias, place));
            entry.aliases().stream().filter(alias -> alias.equals(alias.toUpperCase(Locale.ROOT)))
                    .forEach(alias -> acronyms.add(alias));
            curated.computeIfAbsent(entry.id(), id -> new ArrayList<>()).addAll(entry.aliases());
        }
        this.byKey = index;
    }

    private static void add(Map<String, List<WorldPlace>> index, String name, WorldPlace place) {
        List<WorldPlace> candidates = index.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!candidates.contains(place)) {
            candidates.add(place);
        }
    }

    /** Indexes lazily, on the first ingestion: the class holding it loads on the first call. */
    private static final class Shipped {
        static final WorldNames INSTANCE = load();

        private static WorldNames load() {
            long started = System.nanoTime();
            WorldNames names = new WorldNames(WorldPlaces.shipped(), readAliases());
            Logger.getLogger(WorldNames.class).infof("World gazetteer read and indexed: %d places in %d ms",
                    names.places.all().size(), (System.nanoTime() - started) / 1_000_000);
            return names;
        }
    }

    /** The shipped world gazetteer, read and indexed on the first call (a few hundred milliseconds, once). */
    static WorldNames shipped() {
        return Shipped.INSTANCE;
    }

    private static List<Aliases> readAliases() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ALIASES);
            }
            return new ObjectMapper().readValue(in, AliasesFile.class).aliases();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ALIASES, e);
        }
    }

    static WorldNames of(WorldPlaces places, List<Aliases> aliases) {
        return new WorldNames(places, aliases);
    }

    /** A new, unsaved place row for the world place {@code id}, with its curated spellings; null if none. */
    Place newPlace(String id) {
        WorldPlace world = places.byId(id);
        if (world == null) {
            return null;
        }
        Place place = world.toPlace();
        place.aliases.addAll(curated.getOrDefault(id, List.of()));
        return place;
    }

    /** The places called {@code key} (see {@link #key}), or an empty list. */
    List<WorldPlace> candidates(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** True when {@code written} is a curated spelling in capitals ("UK", "NYC"), which matches only so. */
    boolean isAcronym(String written) {
        return acronyms.contains(written);
    }

    WorldPlace byId(String id) {
        return places.byId(id);
    }

    /** How a name is looked up: folded ({@link Words#fold}), hyphens as spaces; one char per char of the name. */
    static String key(String name) {
        return Words.fold(name).replace('-', ' ');
    }
}
