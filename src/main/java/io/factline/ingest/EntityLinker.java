package io.factline.ingest;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.gazetteer.WorldPlaces.WorldPlace;
import io.factline.temporal.Dateline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the gazetteer's places and actors named in a sentence, by their names and aliases (French, English,
 * transliterations), as whole words, ignoring accents and typographic apostrophes.
 *
 * <p>Case matters where it tells names from words: an all-capitals alias ("US", "NATO", "HUR") matches only as
 * written, so "us" and "Us" are not the United States; a capitalised alias ("Kyiv", "Austin") needs a capital in
 * the text; an alias written in lower case ("siège de l’OTAN", "région de Kharkov") matches in any case. Where
 * names of one kind overlap the longest wins ("base aérienne de Ramstein" over "Ramstein", "Ukraine Defense
 * Contact Group" over the state "Ukraine"), and nothing is linked inside a temporal expression, so a month or a weekday that is also a
 * name ("Mars", "May") is never taken for one.
 *
 * <p>With the world gazetteer ({@link #withWorld}), names the curated list does not know are looked up among the
 * world's towns, states and countries ({@link WorldLinker}); a curated name always wins over the world's, and a
 * stored place whose id is a world id ("geonames:2643743") only adds its spellings to that world place, which then
 * competes with the other places of the name. Bind the linker to the article ({@link #forArticle}) so that
 * ambiguous names are decided by the article's other places.
 */
final class EntityLinker {

    /** How specific a place is: the place of an event is the most specific one its sentence names. */
    private static final Map<Place.Kind, Integer> SPECIFICITY = Map.of(
            Place.Kind.BUILDING, 0, Place.Kind.SITE, 0, Place.Kind.CITY, 1, Place.Kind.REGION, 2,
            Place.Kind.COUNTRY, 3);

    /** A country is where an event happened only when the text says it is in it ("in Ukraine", "en Ukraine"). */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?:^|[^\\p{L}\\p{N}])(?:in|en|dans|au|aux|within|inside|across|throughout)\\s+(?:(?:the|la|le|les)\\s+|l')?$");

    enum CaseRule { EXACT, CAPITALISED, ANY }

    /** One way of writing one or more entities. */
    private record Name(String alias, String folded, CaseRule rule, Set<String> placeIds, Set<String> actorIds) {
    }

    /** A name found in a sentence, at UTF-16 indices [start, end) of it. */
    record Mention(int start, int end, Set<String> placeIds, Set<String> actorIds) {
    }

    /**
     * What a sentence names.
     *
     * @param place    the place of the event: the most specific place named, a country only when introduced as
     *                 the place where something happens; null when none
     * @param places   every place named, in text order
     * @param actors   every actor named, in text order
     */
    record Links(String place, List<String> places, List<String> actors) {
    }

    private final List<Name> names;
    private final Map<String, Place.Kind> placeKinds;
    private final Map<String, String> placeCountries;
    private final WorldLinker world;
    private final WorldLinker.Article article;

    private EntityLinker(List<Name> names) {
        this(names, new LinkedHashMap<>(), new LinkedHashMap<>(), null, null);
    }

    private EntityLinker(List<Name> names, Map<String, Place.Kind> placeKinds, Map<String, String> placeCountries,
            WorldLinker world, WorldLinker.Article article) {
        this.names = names;
        this.placeKinds = placeKinds;
        this.placeCountries = placeCountries;
        this.world = world;
        this.article = article;
    }

    /** The curated places and actors, and the world's towns and countries for the names the curated list lacks. */
    static EntityLinker withWorld(Collection<Place> places, Collection<Actor> actors, WorldNames worldNames) {
        List<Place> curated = new ArrayList<>();
        Map<String, List<WorldPlace>> extra = new HashMap<>();
        for (Place place : places) {
            WorldPlace same = worldNames.byId(place.id);
            if (same == null) {
                curated.add(place);
                continue;
            }
            for (String alias : spellings(place.name, place.aliases)) {
                extra.computeIfAbsent(WorldNames.key(alias), key -> new ArrayList<>()).add(same);
            }
        }
        EntityLinker base = of(curated, actors);
        Set<String> blocked = new HashSet<>();
        base.names.stream().filter(name -> !name.placeIds().isEmpty())
                .forEach(name -> blocked.add(WorldNames.key(name.alias())));
        return new EntityLinker(base.names, base.placeKinds, base.placeCountries,
                new WorldLinker(worldNames, extra, blocked), null);
    }

    /**
     * This linker bound to {@code text}, the whole article: a world name then means the place that the article's
     * other places point to ({@code excluded}: UTF-16 spans of the text to leave alone, its temporal expressions).
     */
    EntityLinker forArticle(String text, List<int[]> excluded) {
        if (world == null) {
            return this;
        }
        return new EntityLinker(names, placeKinds, placeCountries, world,
                world.resolve(text, excluded, curatedCountries(text, excluded)));
    }

    /** The world places {@code text} links (all of them, in text order); empty without the world gazetteer. */
    List<WorldPlace> worldPlaces(String text, List<int[]> excluded) {
        if (world == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Mention mention : mentions(text, excluded)) {
            mention.placeIds().stream().filter(id -> world.byId(id) != null).forEach(ids::add);
        }
        return ids.stream().map(world::byId).toList();
    }

    /** The world gazetteer's side of this linker, or null. */
    WorldLinker worldLinker() {
        return world;
    }

    /** A new, unsaved place row for the world place {@code id}; null when it is not one. */
    Place newWorldPlace(String id) {
        return world == null ? null : world.newPlace(id);
    }

    /** The world place {@code id}, or null when it is not one (or there is no world gazetteer). */
    WorldPlace worldPlace(String id) {
        return world == null ? null : world.byId(id);
    }

    private Set<String> curatedCountries(String text, List<int[]> excluded) {
        Set<String> countries = new HashSet<>();
        for (Mention mention : curatedMentions(text, excluded)) {
            for (String id : mention.placeIds()) {
                if (placeCountries.get(id) != null) {
                    countries.add(placeCountries.get(id));
                }
            }
        }
        return countries;
    }

    static EntityLinker of(Collection<Place> places, Collection<Actor> actors) {
        Map<String, Name> byAlias = new LinkedHashMap<>();
        for (Place place : places) {
            for (String alias : spellings(place.name, place.aliases)) {
                name(byAlias, alias).placeIds().add(place.id);
            }
        }
        for (Actor actor : actors) {
            for (String alias : spellings(actor.name, actor.aliases)) {
                name(byAlias, alias).actorIds().add(actor.id);
            }
        }
        EntityLinker linker = new EntityLinker(List.copyOf(byAlias.values()));
        for (Place place : places) {
            linker.placeKinds.put(place.id, place.kind);
            if (place.countryCode != null) {
                linker.placeCountries.put(place.id, place.countryCode);
            }
        }
        return linker;
    }

    private static Set<String> spellings(String name, Collection<String> aliases) {
        Set<String> all = new LinkedHashSet<>();
        all.add(name.strip());
        for (String alias : aliases) {
            if (!alias.isBlank()) {
                all.add(alias.strip());
            }
        }
        return all;
    }

    private static Name name(Map<String, Name> byAlias, String alias) {
        return byAlias.computeIfAbsent(alias, a -> new Name(a, Words.fold(a), caseRule(a), new LinkedHashSet<>(),
                new LinkedHashSet<>()));
    }

    static CaseRule caseRule(String alias) {
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        if (letters >= 2 && allUpper) {
            return CaseRule.EXACT;
        }
        for (int i = 0; i < alias.length(); i++) {
            if (Character.isLetter(alias.charAt(i))) {
                return Character.isUpperCase(alias.charAt(i)) ? CaseRule.CAPITALISED : CaseRule.ANY;
            }
        }
        return CaseRule.ANY;
    }

    Place.Kind kindOf(String placeId) {
        Place.Kind kind = placeKinds.get(placeId);
        WorldPlace place = kind == null ? worldPlace(placeId) : null;
        return place == null ? kind : place.kind();
    }

    /** ISO 3166-1 code of the country the place is in, when the gazetteer knows it. */
    String countryOf(String placeId) {
        String country = placeCountries.get(placeId);
        WorldPlace place = country == null ? worldPlace(placeId) : null;
        return place == null ? country : place.countryCode();
    }

    /**
     * The places and actors {@code sentence} names outside the {@code excluded} spans (UTF-16 indices into the
     * sentence, [start, end) pairs: its temporal expressions).
     */
    Links link(String sentence, List<int[]> excluded) {
        List<Mention> mentions = mentions(sentence, excluded);
        Set<String> places = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        String place = null;
        int placeRank = Integer.MAX_VALUE;
        // "KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv": the dateline says where the story was filed;
        // it is the event's place only when the sentence names no other
        int datelineEnd = Dateline.end(sentence, 0);
        String filedFrom = null;
        for (Mention mention : mentions) {
            for (String id : mention.placeIds()) {
                places.add(id);
                Place.Kind kind = kindOf(id);
                int rank = SPECIFICITY.getOrDefault(kind, 3);
                if (mention.start() < datelineEnd) {
                    filedFrom = filedFrom == null ? id : filedFrom;
                    continue;
                }
                if (kind == Place.Kind.COUNTRY && !LOCATIVE.matcher(Words.fold(sentence.substring(0, mention.start())))
                        .find()) {
                    continue;
                }
                if (rank < placeRank) {
                    place = id;
                    placeRank = rank;
                }
            }
            actors.addAll(mention.actorIds());
        }
        if (place == null && filedFrom == null && datelineEnd > 0) {
            filedFrom = datelinePlace(sentence, datelineEnd);
            if (filedFrom != null) {
                places.add(filedFrom);
            }
        }
        return new Links(place == null ? filedFrom : place, List.copyOf(places), List.copyOf(actors));
    }

    /**
     * The place a dateline written in capitals names ("GENEVA, June 4 (Reuters) -", "NEW YORK (AP) --"): capitals
     * match no alias as written, so the name is looked up as a name is written in running text ("Geneva").
     */
    private String datelinePlace(String sentence, int datelineEnd) {
        int end = 0;
        while (end < datelineEnd && sentence.charAt(end) != ',' && sentence.charAt(end) != '(') {
            end++;
        }
        String written = sentence.substring(0, end).strip();
        if (written.isEmpty() || !written.equals(written.toUpperCase(Locale.ROOT))) {
            return null;
        }
        StringBuilder titled = new StringBuilder(written.length());
        boolean wordStart = true;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            titled.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        // "in London": not opening a sentence, where a town's name needs other evidence to count as one
        String phrase = "in " + titled;
        for (Mention mention : mentions(phrase, List.of(), null)) {
            if (!mention.placeIds().isEmpty() && mention.start() == 3 && mention.end() == phrase.length()) {
                return mention.placeIds().iterator().next();
            }
        }
        return null;
    }

    /**
     * Every name found, longest first where they overlap, then in text order; world names only where no curated
     * name overlaps them.
     */
    List<Mention> mentions(String sentence, List<int[]> excluded) {
        return mentions(sentence, excluded, article);
    }

    private List<Mention> mentions(String sentence, List<int[]> excluded, WorldLinker.Article bound) {
        List<Mention> kept = curatedMentions(sentence, excluded);
        if (world == null) {
            return kept;
        }
        WorldLinker.Article decided = bound != null ? bound
                : world.resolve(sentence, excluded, curatedCountries(sentence, excluded));
        List<Mention> all = new ArrayList<>(kept);
        for (WorldLinker.Found found : world.find(sentence, excluded)) {
            boolean overlaps = kept.stream().anyMatch(m -> found.start() < m.end() && m.start() < found.end());
            String id = overlaps ? null : decided.decide(found, world);
            if (id != null) {
                all.add(new Mention(found.start(), found.end(), Set.of(id), Set.of()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> m.placeIds().isEmpty() ? 1 : 0));
        return all;
    }

    private List<Mention> curatedMentions(String sentence, List<int[]> excluded) {
        String folded = Words.fold(sentence);
        List<Mention> found = new ArrayList<>();
        for (Name name : names) {
            if (name.folded().isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(name.folded()); at >= 0; at = folded.indexOf(name.folded(), at + 1)) {
                int end = at + name.folded().length();
                if (isWholeWord(folded, at, end) && caseFits(sentence.substring(at, end), name)
                        && !overlapsAny(at, end, excluded) && !insideCompound(sentence, at, end, name)) {
                    found.add(new Mention(at, end, name.placeIds(), name.actorIds()));
                }
            }
        }
        List<Mention> kept = new ArrayList<>(longestFirst(found.stream().filter(m -> !m.placeIds().isEmpty())
                .map(m -> new Mention(m.start(), m.end(), m.placeIds(), Set.of())).toList()));
        kept.addAll(longestFirst(found.stream().filter(m -> !m.actorIds().isEmpty())
                .map(m -> new Mention(m.start(), m.end(), Set.of(), m.actorIds())).toList()));
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> m.placeIds().isEmpty() ? 1 : 0));
        return kept;
    }

    /**
     * Overlapping names of one kind: the longest wins ("région de Kharkov" over "Kharkov"). Places and actors are
     * resolved apart, so "siège de l’OTAN" is both a place and, through "OTAN", a mention of NATO.
     */
    private static List<Mention> longestFirst(List<Mention> mentions) {
        List<Mention> found = new ArrayList<>(mentions);
        found.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : found) {
            Mention same = null;
            boolean overlaps = false;
            for (Mention other : kept) {
                if (other.start() == mention.start() && other.end() == mention.end()) {
                    same = other;
                } else if (mention.start() < other.end() && other.start() < mention.end()) {
                    overlaps = true;
                }
            }
            if (same != null) {
                kept.set(kept.indexOf(same), merge(same, mention));
            } else if (!overlaps) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static Mention merge(Mention a, Mention b) {
        Set<String> places = new LinkedHashSet<>(a.placeIds());
        places.addAll(b.placeIds());
        Set<String> actors = new LinkedHashSet<>(a.actorIds());
        actors.addAll(b.actorIds());
        return new Mention(a.start(), a.end(), places, actors);
    }

    /**
     * True when a capitalised name is glued by a hyphen to a capitalised word that is no place: it is part of a
     * longer name ("Ouest-France", a newspaper), not a mention of its own; "Paris-Nantes" names two places.
     */
    private boolean insideCompound(String text, int start, int end, Name name) {
        if (name.rule() == CaseRule.ANY) {
            return false;
        }
        String neighbour = null;
        if (end + 1 < text.length() && Words.foldChar(text.charAt(end)) == '-'
                && Character.isUpperCase(text.charAt(end + 1))) {
            int i = end + 1;
            while (i < text.length() && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            neighbour = text.substring(end + 1, i);
        } else if (start >= 2 && Words.foldChar(text.charAt(start - 1)) == '-'
                && Words.isWordChar(text.charAt(start - 2))) {
            int i = start - 1;
            while (i > 0 && Words.isWordChar(text.charAt(i - 1))) {
                i--;
            }
            neighbour = text.substring(i, start - 1);
        }
        if (neighbour == null || neighbour.isEmpty() || !Character.isUpperCase(neighbour.charAt(0))) {
            return false;
        }
        String key = Words.fold(neighbour);
        boolean place = names.stream().anyMatch(n -> !n.placeIds().isEmpty() && n.folded().equals(key))
                || world != null && !world.find(neighbour, List.of()).isEmpty();
        return !place;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Words.isWordChar(text.charAt(start - 1)))
                && (end == text.length() || !Words.isWordChar(text.charAt(end)));
    }

    private static boolean caseFits(String written, Name name) {
        switch (name.rule()) {
            case EXACT:
                for (int i = 0; i < written.length(); i++) {
                    char w = written.charAt(i);
                    char a = name.alias().charAt(i);
                    if (w != a && !(Character.isLetter(a) ? false : Words.foldChar(w) == Words.foldChar(a))) {
                        return false;
                    }
                }
                return true;
            case CAPITALISED:
                for (int i = 0; i < written.length(); i++) {
                    if (Character.isLetter(written.charAt(i))) {
                        return Character.isUpperCase(written.charAt(i));
                    }
                }
                return false;
            default:
                return true;
        }
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }
}
