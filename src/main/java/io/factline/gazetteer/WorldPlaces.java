package io.factline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The world's towns, countries and the states of the United States ({@code gazetteer/world.tsv.gz}, built by
 * {@code src/tools/gazetteer/build.sh} from GeoNames data, CC BY 4.0), read once on first use and never stored
 * whole: ingestion stores the places it links, one {@link Place} row each.
 */
public final class WorldPlaces {

    /** The shipped resource. */
    public static final String RESOURCE = "gazetteer/world.tsv.gz";

    /**
     * One town or country: its GeoNames name and, where it differs, its French name; {@code common} when a name of
     * it is also an ordinary word ("Orange", "Tours").
     */
    public record WorldPlace(String id, Place.Kind kind, String countryCode, String admin1, long population,
            Double latitude, Double longitude, String name, String frenchName, boolean common) {

        /** Every name the place goes by in the data. */
        public List<String> names() {
            return frenchName == null ? List.of(name) : List.of(name, frenchName);
        }

        /** A new, unsaved place row for it. */
        public Place toPlace() {
            Place place = new Place();
            place.id = id;
            place.name = name;
            place.kind = kind;
            place.countryCode = countryCode;
            place.latitude = latitude;
            place.longitude = longitude;
            place.aliases = new LinkedHashSet<>(names());
            return place;
        }
    }

    private final List<WorldPlace> places;
    private final Map<String, WorldPlace> byId;

    private WorldPlaces(List<WorldPlace> places) {
        this.places = Collections.unmodifiableList(places);
        Map<String, WorldPlace> index = new HashMap<>(places.size() * 2);
        places.forEach(place -> index.put(place.id(), place));
        this.byId = index;
    }

    /** Reads lazily: the class holding it loads on the first call, never at start-up. */
    private static final class Shipped {
        static final WorldPlaces INSTANCE = load();

        private static WorldPlaces load() {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The gazetteer the application ships, read on the first call (about 0.2 s). */
    public static WorldPlaces shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads the TSV format that build.mjs writes (lines starting with '#' are comments). */
    public static WorldPlaces read(InputStream tsv) throws IOException {
        List<WorldPlace> places = new ArrayList<>(40_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 9) {
                throw new IOException("malformed gazetteer line: " + line);
            }
            Place.Kind kind = switch (f[1]) {
                case "country" -> Place.Kind.COUNTRY;
                case "region" -> Place.Kind.REGION;
                default -> Place.Kind.CITY;
            };
            places.add(new WorldPlace(f[0], kind, f[2],
                    f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? 0 : Long.parseLong(f[4]), number(f[5]), number(f[6]),
                    f[7], f[8].isEmpty() ? null : f[8], f.length > 9 && f[9].equals("1")));
        }
        return new WorldPlaces(places);
    }

    private static Double number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    public List<WorldPlace> all() {
        return places;
    }

    /** The place {@code id} ("geonames:2988507", "iso:BE"), or null. */
    public WorldPlace byId(String id) {
        return byId.get(id);
    }
}
