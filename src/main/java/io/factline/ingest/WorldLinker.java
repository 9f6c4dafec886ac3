package io.factline.ingest;

import io.factline.gazetteer.Place;
import io.factline.gazetteer.WorldPlaces.WorldPlace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the world gazetteer's towns, US states and countries in a text and decides which place each name means.
 *
 * <p>A name is taken only where it is written as a name: capitalised (or a dateline in capitals), not next to
 * another capitalised word ("Nancy Pelosi", "Belfort Nord"), not inside a hyphenated name unless the other half is
 * a place too ("Ouest-France", but "Paris-Nantes"), not after a capitalised article inside a sentence ("Le Pen"),
 * a title, an initial or a word for an organisation ("M. Florence", "George W. Bush", "l'opérateur Orange"), and not
 * after a street's or a sea's word ("place de Londres", "détroit de Gibraltar"). A name that is also an ordinary
 * word ("Orange", "Tours", "Reading") needs a locative word before it in the article ("à Orange", "in Reading"),
 * and one that only ever opens a sentence needs that or another place of the article in its country. One name means
 * one place throughout an article, and a name that is someone's once in it is nobody's place in it.
 *
 * <p>Which place: each candidate scores the log of its population, plus 1.5 when the article names another place
 * of its country and 1.5 more when of its region (GeoNames admin1), plus 3 when the name is followed by its country
 * and 3 more by its state ("Paris, Texas"). The best is linked when it leads the next by at least 0.75 (a factor of
 * about 5.6 in population alone); otherwise the name stays unlinked.
 */
final class WorldLinker {

    static final double COUNTRY_BONUS = 1.5;
    static final double REGION_BONUS = 1.5;
    static final double QUALIFIER_BONUS = 3;
    static final double MARGIN = 0.75;

    /** Words that may come before a place, capitalised or not, without making it part of a longer name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "au", "aux", "en", "de", "d", "du", "des", "dans", "le", "la", "les", "l", "un", "une", "et", "ou",
            "selon", "pour", "par", "avec", "sans", "contre", "apres", "avant", "depuis", "vers", "chez", "sur",
            "sous", "entre", "comme", "mais", "outre", "pres", "jusqu", "jusqua", "via", "hors", "quant", "si",
            "in", "at", "from", "to", "near", "of", "for", "with", "by", "on", "the", "an", "and", "but", "or",
            "after", "before", "since", "between", "outside", "inside", "across", "like", "as", "while", "when",
            "if", "toward", "towards", "into", "around", "against", "during", "both");

    /** Words after which a name is where something is, happens or comes from. */
    private static final Set<String> LOCATIVE_WORDS = Set.of(
            "a", "au", "aux", "en", "de", "d", "du", "dans", "depuis", "vers", "pres", "jusqu", "jusqua", "via",
            "in", "at", "from", "near", "to", "into", "outside", "around", "toward", "towards");

    /** Titles before a person's name, written with or without a full stop. */
    private static final Set<String> TITLES = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "me", "mgr", "dr", "pr", "mr", "mrs", "ms", "miss", "sir", "lord",
            "lady", "madame", "monsieur", "mademoiselle", "maitre", "docteur", "professeur", "president",
            "presidente", "ministre", "general", "colonel", "capitaine", "senateur", "depute", "juge", "pere",
            "soeur", "frere", "abbe", "cardinal", "pape", "roi", "reine", "prince", "princesse",
            "senator", "governor", "mayor", "minister", "judge", "king", "queen", "pope");

    /** Words for an organisation, a brand or a team, which a town name after them names instead. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "groupe", "societe", "operateur", "entreprise", "firme", "marque", "club", "equipe", "journal",
            "quotidien", "hebdomadaire", "magazine", "chaine", "radio", "banque", "compagnie", "constructeur",
            "editeur", "label", "association", "company", "firm", "group", "brand", "team", "newspaper",
            "bank", "carrier", "operator", "maker", "band");

    /**
     * Words before "de" that make the name after it a street's, a square's or a natural feature's ("place de
     * Londres", "le détroit de Gibraltar").
     */
    private static final Set<String> NAMED_AFTER_WORDS = Set.of(
            "rue", "place", "avenue", "boulevard", "bd", "quai", "allee", "impasse", "chemin", "square", "cours",
            "passage", "faubourg", "detroit", "golfe", "baie", "canal", "mer", "lac", "cap", "pointe");

    /** Words that join the items of a list of places ("d'Ecouflant, Tiercé et Briollay"). */
    private static final Set<String> LIST_WORDS = Set.of(",", "et", "ou", "and", "or", ", et", ", and", ", or");

    /**
     * A name found where a name may stand, at UTF-16 indices [start, end) of the text searched.
     *
     * @param initial   it opens a sentence
     * @param common    it is also an ordinary word (by the word lists, or because the text writes it in lower case)
     * @param locative  a locative word stands before it, or it continues a list of places that one opens
     * @param person    it is someone's or something's name here: after a title, a first name, an initial or a word
     *                  for an organisation ("M. Florence", "Jacques Chirac", "George W. Bush", "l'opérateur Orange")
     * @param qualifier the country named right after it ("Valence, Espagne"), or null
     */
    record Found(int start, int end, String key, List<WorldPlace> candidates, boolean initial, boolean common,
            boolean locative, boolean person, String qualifier) {
    }

    private final WorldNames world;
    private final Map<String, List<WorldPlace>> extra;
    private final Set<String> blocked;

    /**
     * @param world   the world gazetteer
     * @param extra   further names of its places (those of stored place rows with a world id), by key
     * @param blocked keys that the curated list gives a place of its own, which wins over the world's
     */
    WorldLinker(WorldNames world, Map<String, List<WorldPlace>> extra, Set<String> blocked) {
        this.world = world;
        this.extra = extra;
        this.blocked = blocked;
    }

    WorldPlace byId(String id) {
        return world.byId(id);
    }

    /** A new, unsaved place row for the world place {@code id}, with its curated spellings; null if none. */
    Place newPlace(String id) {
        return world.newPlace(id);
    }

    private List<WorldPlace> candidates(String key) {
        if (blocked.contains(key)) {
            return List.of();
        }
        List<WorldPlace> more = extra.get(key);
        List<WorldPlace> found = world.candidates(key);
        if (more == null) {
            return found;
        }
        List<WorldPlace> all = new ArrayList<>(found);
        more.stream().filter(place -> !all.contains(place)).forEach(all::add);
        return all;
    }

    /** True when {@code word} is capitalised and names a place, of the world or of the curated list. */
    private boolean isCapitalisedPlaceName(String word) {
        String key = WorldNames.key(word);
        return Character.isUpperCase(word.codePointAt(0)) && (blocked.contains(key) || !candidates(key).isEmpty());
    }

    /** A dateline: a name in capitals opening a paragraph, then a full stop and a dash ("EPINAL. _", "NANCY.-"). */
    private static boolean isDateline(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) != '\n') {
            return false;
        }
        int i = end;
        if (i >= text.length() || text.charAt(i) != '.') {
            return false;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && "_-–—".indexOf(text.charAt(i)) >= 0;
    }

    /** The names of {@code text} outside {@code excluded} that may be places, longest first at each word. */
    List<Found> find(String text, List<int[]> excluded) {
        String keyed = WorldNames.key(text);
        Set<String> lowerCaseWords = lowerCaseWords(text, keyed);
        List<Found> found = new ArrayList<>();
        Found previous = null;
        int at = 0;
        while (at < text.length()) {
            if (!Words.isWordChar(text.charAt(at)) || at > 0 && Words.isWordChar(text.charAt(at - 1))) {
                at++;
                continue;
            }
            int consumed = -1;
            List<Integer> ends = wordEnds(text, at);
            for (int i = ends.size() - 1; i >= 0 && consumed < 0; i--) {
                int end = ends.get(i);
                List<WorldPlace> candidates = candidates(keyed.substring(at, end));
                if (!candidates.isEmpty() && !overlapsAny(at, end, excluded)) {
                    consumed = end;
                    boolean listed = previous != null && previous.locative() && at - previous.end() <= 6
                            && LIST_WORDS.contains(Words.fold(text.substring(previous.end(), at)).strip());
                    Found f = examine(text, keyed, at, end, candidates, listed, lowerCaseWords);
                    if (f != null) {
                        found.add(f);
                        previous = f;
                    }
                }
            }
            at = consumed > 0 ? consumed : at + 1;
        }
        return found;
    }

    /** Where the words from {@code start} end, one to {@link WorldNames#MAX_WORDS} words of a name. */
    private static List<Integer> wordEnds(String text, int start) {
        List<Integer> ends = new ArrayList<>();
        int i = start;
        while (ends.size() < WorldNames.MAX_WORDS) {
            while (i < text.length() && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            ends.add(i);
            // Words of one name are joined by a space, a hyphen or an apostrophe ("Villeneuve-d'Ascq").
            if (i + 1 < text.length() && " -'’".indexOf(text.charAt(i)) >= 0 && Words.isWordChar(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return ends;
    }

    /** The name at [start, end) as found, or null where it is written as a word or as part of a longer name. */
    private Found examine(String text, String keyed, int start, int end, List<WorldPlace> candidates,
            boolean listed, Set<String> lowerCaseWords) {
        String written = text.substring(start, end);
        String key = keyed.substring(start, end);
        if (!Character.isUpperCase(written.codePointAt(0))
                || isAllCapitals(written) && !isDateline(text, start, end) && !world.isAcronym(written)) {
            return null;
        }
        // Part of a longer name: "Nancy Pelosi", "Belfort Nord", "Maurice-Henry"; but "Paris-Nantes" is two places.
        String after = wordAfter(text, end);
        if (after != null && Character.isUpperCase(after.codePointAt(0))
                && !FUNCTION_WORDS.contains(Words.fold(after))) {
            return null;
        }
        String hyphenAfter = hyphenated(text, end, true);
        String hyphenBefore = hyphenated(text, start, false);
        if (hyphenAfter != null && !isCapitalisedPlaceName(hyphenAfter)
                || hyphenBefore != null && !isCapitalisedPlaceName(hyphenBefore)) {
            return null;
        }
        // Two places joined by a hyphen name a route ("la ligne Paris-Nantes"): each is where something happens.
        boolean route = hyphenAfter != null || hyphenBefore != null;
        int beforeAt = wordBefore(text, start);
        String before = beforeAt < 0 ? null : text.substring(beforeAt, start).strip();
        boolean person = false;
        boolean locative = listed || route;
        if (before != null) {
            String folded = Words.fold(before).replace(".", "").replace("'", "").replace("’", "");
            boolean capitalised = Character.isUpperCase(before.codePointAt(0));
            if (before.endsWith(".")) {
                // "M. Florence" or the initial of "George W. Bush".
                person = true;
            } else if (TITLES.contains(folded) || ORGANISATION_WORDS.contains(folded)) {
                person = true;
            } else if (capitalised && !FUNCTION_WORDS.contains(folded)) {
                person = true;
            } else if (capitalised && !isSentenceStart(text, beforeAt)) {
                // A capitalised article inside a sentence begins a name: "Le Pen", "La Poste".
                return null;
            }
            if (LOCATIVE_WORDS.contains(folded)) {
                int streetAt = (folded.equals("de") || folded.equals("d") || folded.equals("du"))
                        ? wordBefore(text, beforeAt) : -1;
                if (streetAt >= 0
                        && NAMED_AFTER_WORDS.contains(Words.fold(text.substring(streetAt, beforeAt).strip()))) {
                    return null;
                }
                locative = true;
            }
        }
        // A dateline says where the article was written: "EPINAL. _" stands for "à Epinal".
        locative |= isAllCapitals(written) && !world.isAcronym(written);
        boolean initial = before == null && isSentenceStart(text, start);
        boolean common = key.indexOf(' ') < 0
                && (candidates.stream().anyMatch(WorldPlace::common) || lowerCaseWords.contains(key));
        return new Found(start, end, key, candidates, initial, common, locative, person,
                qualifierCountry(text, keyed, end));
    }

    /** The word joined by a hyphen right after {@code at} (or right before it), or null. */
    private static String hyphenated(String text, int at, boolean forward) {
        if (forward) {
            if (at + 1 >= text.length() || "-‐‑".indexOf(text.charAt(at)) < 0
                    || !Words.isWordChar(text.charAt(at + 1))) {
                return null;
            }
            int i = at + 1;
            while (i < text.length() && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            return text.substring(at + 1, i);
        }
        if (at < 2 || "-‐‑".indexOf(text.charAt(at - 1)) < 0 || !Words.isWordChar(text.charAt(at - 2))) {
            return null;
        }
        int i = at - 1;
        while (i > 0 && Words.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, at - 1);
    }

    private static final List<String> QUALIFIER_LOCATIVES = List.of("en ", "au ", "aux ", "in ", "dans le ",
            "dans la ", "dans l'");

    /**
     * The country or the region named right after ", " or in brackets ("Valence, Espagne", "Valence, en Espagne",
     * "Paris, Texas", "Valence (Espagne)"), as "ES" or "US.TX", or null.
     */
    private String qualifierCountry(String text, String keyed, int end) {
        if (end + 2 >= text.length() || !(text.charAt(end) == ',' && text.charAt(end + 1) == ' '
                || text.charAt(end) == ' ' && text.charAt(end + 1) == '(')) {
            return null;
        }
        int from = end + 2;
        for (String locative : QUALIFIER_LOCATIVES) {
            if (keyed.startsWith(locative, from)) {
                from += locative.length(); // "Valence, en Espagne", "Paris, au Texas", "Valence (Espagne)"
                break;
            }
        }
        List<Integer> ends = wordEnds(text, from);
        for (int i = ends.size() - 1; i >= 0; i--) {
            for (WorldPlace place : candidates(keyed.substring(from, ends.get(i)))) {
                if (place.kind() == Place.Kind.COUNTRY) {
                    return place.countryCode();
                }
                if (place.kind() == Place.Kind.REGION && place.admin1() != null) {
                    return place.countryCode() + "." + place.admin1();
                }
            }
        }
        return null;
    }

    /**
     * Which place each name of {@code text} means, given the countries of the curated places it names. Names that
     * stay unlinked map to null.
     */
    Article resolve(String text, List<int[]> excluded, Collection<String> curatedCountries) {
        List<Found> found = find(text, excluded);
        Set<String> persons = new HashSet<>();
        Set<String> located = new HashSet<>();
        Set<String> midSentence = new HashSet<>();
        Set<String> common = new HashSet<>();
        for (Found f : found) {
            if (f.common()) {
                common.add(f.key());
            }
            if (f.person()) {
                persons.add(f.key());
            }
            if (f.locative()) {
                located.add(f.key());
            }
            if (!f.initial()) {
                midSentence.add(f.key());
            }
        }
        // Context: the countries and regions the article names without doubt; then, once, those of the names that
        // context and population decided, for the names still undecided ("in Reading ... from London").
        Set<String> countries = new HashSet<>(curatedCountries);
        Set<String> regions = new HashSet<>();
        List<Found> evident = found.stream().filter(f -> !persons.contains(f.key())
                && (located.contains(f.key()) || midSentence.contains(f.key()) && !f.common())).toList();
        for (Found f : evident) {
            if (f.candidates().size() == 1) {
                addContext(f.candidates().get(0), countries, regions);
            }
        }
        Map<String, String> qualifiers = new HashMap<>();
        found.stream().filter(f -> f.qualifier() != null).forEach(f -> qualifiers.putIfAbsent(f.key(), f.qualifier()));
        Map<String, String> decisions = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Found f : found) {
                if (decisions.get(f.key()) == null && !persons.contains(f.key())) {
                    decisions.put(f.key(), choose(f.candidates(), countries, regions, qualifiers.get(f.key())));
                }
            }
            for (Found f : evident) {
                String id = decisions.get(f.key());
                if (id != null && world.byId(id) != null) {
                    addContext(world.byId(id), countries, regions);
                }
            }
        }
        return new Article(decisions, persons, located, midSentence, common, countries);
    }

    private static void addContext(WorldPlace place, Set<String> countries, Set<String> regions) {
        countries.add(place.countryCode());
        if (place.admin1() != null) {
            regions.add(place.countryCode() + "." + place.admin1());
        }
    }

    static String choose(List<WorldPlace> candidates, Set<String> countries, Set<String> regions,
            String qualifier) {
        // A name that is a country's and its towns' ("Luxembourg", "Monaco", "Singapore"): the country.
        WorldPlace country = candidates.stream().filter(c -> c.kind() == Place.Kind.COUNTRY).findFirst().orElse(null);
        if (country != null && candidates.stream().allMatch(c -> c.countryCode().equals(country.countryCode()))) {
            return country.id();
        }
        // "Valence, en Espagne": the text says which country; a place of that name elsewhere is not the one meant
        if (qualifier != null && candidates.stream().noneMatch(c -> qualifier.startsWith(c.countryCode()))) {
            return null;
        }
        // A town and a region of one name in one country ("New York"): the town.
        if (candidates.stream().anyMatch(c -> c.kind() == Place.Kind.REGION)
                && candidates.stream().anyMatch(c -> c.kind() == Place.Kind.CITY)
                && candidates.stream().map(WorldPlace::countryCode).distinct().count() == 1) {
            candidates = candidates.stream().filter(c -> c.kind() == Place.Kind.CITY).toList();
        }
        WorldPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        Set<String> seen = new HashSet<>();
        for (WorldPlace c : candidates) {
            if (!seen.add(c.id())) {
                continue;
            }
            double score = Math.log10(Math.max(1, c.population()));
            if (countries.contains(c.countryCode())) {
                score += COUNTRY_BONUS;
            }
            if (c.admin1() != null && regions.contains(c.countryCode() + "." + c.admin1())) {
                score += REGION_BONUS;
            }
            if (qualifier != null && qualifier.startsWith(c.countryCode())) {
                score += QUALIFIER_BONUS;
                if (qualifier.equals(c.countryCode() + "." + c.admin1())) {
                    score += QUALIFIER_BONUS;
                }
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c;
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && bestScore - second >= MARGIN ? best.id() : null;
    }

    /**
     * What an article's names mean.
     *
     * @param decisions   the place each name means, or null
     * @param persons     names that are someone's in the article
     * @param located     names that a locative word introduces somewhere in the article
     * @param midSentence names the article writes inside a sentence somewhere
     * @param common      names that are ordinary words, by the word lists or the article's own lower-case use
     * @param countries   the countries the article names without doubt
     */
    record Article(Map<String, String> decisions, Set<String> persons, Set<String> located, Set<String> midSentence,
            Set<String> common, Set<String> countries) {

        /** The place {@code f} links to in this article, or null. */
        String decide(Found f, WorldLinker linker) {
            if (f.person() || persons.contains(f.key())) {
                return null;
            }
            String id = decisions.get(f.key());
            if (id == null) {
                return null;
            }
            boolean located = f.locative() || this.located.contains(f.key());
            if ((f.common() || common.contains(f.key())) && !located) {
                return null;
            }
            if (f.initial() && !located && !midSentence.contains(f.key())) {
                WorldPlace place = linker.byId(id);
                if (place == null || place.kind() == Place.Kind.COUNTRY || !countries.contains(place.countryCode())) {
                    return null;
                }
            }
            return id;
        }
    }

    private static boolean isAllCapitals(String written) {
        int letters = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    /**
     * Where the word right before {@code start} begins, when only spaces or an elision apostrophe separate them
     * ("d'Orange"); an abbreviation keeps its full stop ("M. Florence", "W. Bush"). -1 if none.
     */
    private static int wordBefore(String text, int start) {
        int i = start;
        if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
            i--;
        } else {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            if (i == start) {
                return -1;
            }
        }
        int end = i;
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--;
            int letters = i;
            while (letters > 0 && Character.isLetter(text.charAt(letters - 1))) {
                letters--;
            }
            String word = text.substring(letters, i);
            boolean abbreviation = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                    || word.length() <= 4 && TITLES.contains(Words.fold(word));
            return abbreviation && (letters == 0 || !Words.isWordChar(text.charAt(letters - 1))) ? letters : -1;
        }
        while (i > 0 && Words.isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i == end ? -1 : i;
    }

    /** The word right after {@code end}, separated by a single space; null if none. */
    private static String wordAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Words.isWordChar(text.charAt(end + 1))) {
            return null;
        }
        int i = end + 1;
        while (i < text.length() && Words.isWordChar(text.charAt(i))) {
            i++;
        }
        return text.substring(end + 1, i);
    }

    /** True when only spaces, quotes and brackets stand between {@code start} and a sentence's beginning. */
    private static boolean isSentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (" «»\"“”‘'(\t[-–—".indexOf(c) >= 0) {
                continue;
            }
            return ".!?:;…\n\r".indexOf(c) >= 0;
        }
        return true;
    }

    /** The words the text writes in lower case, folded: a town's name among them is an ordinary word here. */
    private static Set<String> lowerCaseWords(String text, String keyed) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Words.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            if (Character.isLowerCase(text.charAt(start))) {
                words.add(keyed.substring(start, i));
            }
        }
        return words;
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
