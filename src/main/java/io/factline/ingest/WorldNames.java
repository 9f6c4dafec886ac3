package io.factline.ingest;

import io.factline.gazetteer.WorldPlaces;
import io.factline.gazetteer.WorldPlaces.WorldPlace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The world gazetteer indexed by folded name: every town and country that a name may mean. */
final class WorldNames {

    /** Longest name in words ("Saint-Rémy-de-Provence" counts four). */
    static final int MAX_WORDS = 6;

    private final WorldPlaces places;
    private final Map<String, List<WorldPlace>> byKey;

    private WorldNames(WorldPlaces places) {
        this.places = places;
        Map<String, List<WorldPlace>> index = new HashMap<>(places.all().size() * 2);
        for (WorldPlace place : places.all()) {
            for (String name : place.names()) {
                List<WorldPlace> candidates = index.computeIfAbsent(key(name), k -> new ArrayList<>(1));
                if (!candidates.contains(place)) {
                    candidates.add(place);
                }
            }
        }
        this.byKey = index;
    }

    /** Indexes lazily, on the first ingestion: the class holding it loads on the first call. */
    private static final class Shipped {
        static final WorldNames INSTANCE = load();

        private static WorldNames load() {
            long started = System.nanoTime();
            WorldNames names = new WorldNames(WorldPlaces.shipped());
            Logger.getLogger(WorldNames.class).infof("World gazetteer read and indexed: %d places in %d ms",
                    names.places.all().size(), (System.nanoTime() - started) / 1_000_000);
            return names;
        }
    }

    /** The shipped world gazetteer, read and indexed on the first call (a few hundred milliseconds, once). */
    static WorldNames shipped() {
        return Shipped.INSTANCE;
    }

    static WorldNames of(WorldPlaces places) {
        return new WorldNames(places);
    }

    /** The places called {@code key} (see {@link #key}), or an empty list. */
    List<WorldPlace> candidates(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    WorldPlace byId(String id) {
        return places.byId(id);
    }

    /** How a name is looked up: folded ({@link Words#fold}), hyphens as spaces; one char per char of the name. */
    static String key(String name) {
        return Words.fold(name).replace('-', ' ');
    }
}
