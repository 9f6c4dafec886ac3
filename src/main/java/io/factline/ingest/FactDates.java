package io.factline.ingest;

import io.factline.extract.Extraction.Statement;
import io.factline.temporal.Dateline;
import io.factline.temporal.Timex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which dated statements of a text report a fact: one per sentence, dated by the expression that governs its main
 * clause, unless the sentence reports several facts in coordinated main clauses ("fermée en juillet et rouvrira en
 * août"). The other dates of the sentence stay in its citation. A date that dates nothing (a comparison's reference,
 * the start of a state: "par rapport à août 2001", "depuis 1998") makes no event.
 *
 * <p>The cues are words around the expression, in French and English; the resolver's type and interval decide the
 * rest (durations, sets and vague references never reach here: they are not dated).
 */
final class FactDates {

    /** How a date relates to the fact its sentence reports; the lowest rank governs. */
    enum Role {
        /** In the main clause: it dates the fact. */
        MAIN,
        /** In a relative, participial or circumstantial clause: it dates another fact, one the sentence mentions. */
        SUBORDINATE,
        /** A bound of the main clause's fact: a deadline or a start ("d'ici le 16 juillet", "à partir du 30 août"). */
        BOUND,
        /** Dates no fact: the reference of a comparison, the start of a state still going on. */
        NONE
    }

    private static final String BEFORE_END = ")\\s*$";

    /** Right before the date: a comparison's reference ("par rapport à août 2001", "contre 72 % en septembre"). */
    private static final Pattern COMPARISON = Pattern.compile("(?:\\bpar rapport (?:à|au|aux|a)"
            + "|\\bcompar(?:é|ée|és|ées|e|ed) (?:à|au|aux|a|with|to)|\\bthan(?: in| on| at)?"
            + "|\\bcontre [\\d.,\\s]+(?:%|pour cent|points?)?\\s*(?:en|au|à|in)?|\\bversus|\\bvs\\.?"
            + BEFORE_END);

    /** Right before the date: the start of a state that lasts ("depuis 1998", "since Monday"). */
    private static final Pattern STATE_START = Pattern.compile("(?:\\bdepuis|\\bsince" + BEFORE_END);

    /** Right after the date: a clause it heads ("depuis novembre, quand …", "since 1999, when …"). */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("\\s*,?\\s*(?:quand|lorsque|lorsqu'|où|when|where)\\b");

    /** Right before the date: a deadline or the start of a span ("d'ici le", "avant fin mai", "until June"). */
    private static final Pattern BOUND = Pattern.compile("(?:\\bd'ici(?: à| au| a)?|\\bavant|\\bjusqu'(?:à|au|en|a)"
            + "|\\bjusque|\\bau plus tard|\\bà partir (?:de|du|d')|\\bà compter (?:de|du|d')|\\bpassé"
            + "|\\bby|\\buntil|\\btill|\\bbefore|\\bno later than|\\bstarting(?: on| in| from)?|\\bas of|\\bfrom"
            + BEFORE_END);

    /** A relative pronoun: the clause it opens qualifies a noun ("qui souffre depuis mardi"). */
    private static final Set<String> RELATIVES = Set.of("qui", "où", "dont", "lequel", "laquelle", "lesquels",
            "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "who", "which", "whose", "where");

    /** In the clause before the date: a word that opens a circumstantial clause ("avant de quitter le 30 octobre"). */
    private static final Pattern CIRCUMSTANTIAL = Pattern.compile("(?:^|[^\\p{L}'])(?:avant de|avant d'"
            + "|après avoir|après être|lors (?:de|du|des|d')|à la suite (?:de|du|des|d')|suite (?:à|au|aux)"
            + "|au lendemain (?:de|du|des|d')|à l'issue (?:de|du|des|d')|alors que|alors qu'|tandis que|tandis qu'"
            + "|pendant que|lorsque|lorsqu'|quand|parce que|parce qu'|puisque|puisqu'|bien que|bien qu'"
            + "|before|after|following|while|when|because|although)(?![\\p{L}'])");

    /** French past participles that do not end in é: "élu", "venu", "mis", "fait". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("élu", "réélu", "venu", "revenu", "survenu",
            "intervenu", "parvenu", "devenu", "tenu", "obtenu", "retenu", "détenu", "maintenu", "soutenu", "paru",
            "disparu", "apparu", "connu", "reconnu", "prévu", "perdu", "rendu", "vendu", "attendu", "entendu",
            "défendu", "suspendu", "battu", "abattu", "reçu", "conçu", "fini", "choisi", "saisi", "réuni", "établi",
            "parti", "sorti", "suivi", "poursuivi", "pris", "mis", "admis", "permis", "promis", "transmis", "commis",
            "acquis", "surpris", "compris", "repris", "appris", "fait", "dit", "écrit", "inscrit", "décrit",
            "conduit", "construit", "détruit", "produit", "mort", "ouvert", "offert", "couvert", "découvert",
            "atteint", "rejoint", "né");
    /** English past participles that do not end in ed. */
    private static final Set<String> ENGLISH_PARTICIPLES = Set.of("born", "held", "built", "chosen", "taken", "made",
            "seen", "given", "written", "shot", "hit", "found", "sent", "won", "lost", "struck", "caught", "brought",
            "begun", "driven", "known", "shown", "thrown");
    /**
     * Nouns in é and ée: no participle right before a date ("la journée de lundi"). At the head of a clause, without
     * an article, the same word is one ("Arrivée mardi à Lyon, …").
     */
    private static final Set<String> NOUNS_IN_E = Set.of("été", "société", "sociétés", "cité", "santé",
            "comité", "beauté", "côté", "année", "années", "journée", "journées", "soirée", "matinée", "entrée",
            "rentrée", "musée", "lycée", "idée", "armée", "durée", "pensée", "assemblée", "café", "marché", "député",
            "députés", "délégué", "délégués", "employé", "employés", "qualité", "sécurité", "liberté", "université",
            "activité", "activités", "communauté", "autorité", "autorités", "majorité", "réalité", "priorité",
            "volonté", "unité", "identité", "propriété", "municipalité", "publicité", "difficulté", "difficultés",
            "vérité", "moitié", "amitié", "clé", "thé", "degré", "tournée", "fumée", "vallée", "allée", "portée",
            "trophée", "équipée", "randonnée", "arrivée", "mêlée", "lycées", "musées");
    /** Words in ant, ed or ing that are no participles. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("avant", "pendant", "durant",
            "maintenant", "cependant", "devant", "auparavant", "suivant", "pourtant", "tant", "autant", "enfant",
            "enfants", "montant", "restaurant", "habitant", "habitants", "président", "gouvernant", "étudiant",
            "étudiants", "commandant", "représentant", "représentants", "partant", "néant", "géant", "instant",
            "during", "according", "morning", "evening", "meeting", "building", "thing", "nothing", "something",
            "anything", "everything", "king", "spring", "string", "ring", "bring", "sing", "wing", "ceiling",
            "need", "speed", "indeed", "hundred", "bed", "red", "seed", "feed", "shed", "sacred", "naked");
    /** Words before a participle that make it a main verb ("a été élu", "was elected"). */
    private static final Set<String> AUXILIARIES = Set.of("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient",
            "aura", "auront", "aurait", "auraient", "est", "sont", "était", "étaient", "sera", "seront", "serait",
            "seraient", "été", "être", "suis", "es", "sommes", "êtes", "fut", "furent", "soit", "avoir", "ayant",
            "étant", "se", "s'", "ne", "n'", "pas", "has", "have", "had", "was", "were", "is", "are", "be", "been",
            "being", "will", "would", "not", "it", "he", "she", "they", "we", "i", "you", "got", "get", "gets", "il",
            "elle", "ils", "elles", "on", "je", "j'", "nous", "vous", "y", "en", "l'", "le", "la", "les", "lui",
            "leur", "me", "m'", "te", "t'", "déjà", "aussi", "bien", "encore", "also", "already", "just", "then", "et",
            "puis", "mais", "ou", "and", "but", "or");

    /** Finite auxiliaries and modal forms: each one heads a verb group. */
    private static final Set<String> FINITE = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "est",
            "sont", "était", "étaient", "sera", "seront", "fut", "va", "vont", "doit", "doivent", "devait",
            "devaient", "peut", "peuvent", "has", "have", "had", "was", "were", "is", "are", "will", "would", "can",
            "could", "must");

    /** Words that join two main clauses; what lies between two dates must hold one to split the sentence. */
    private static final Pattern COORDINATOR = Pattern.compile(
            "(?:^|[^\\p{L}'])(?:et|puis|mais|ou|and|but|then|or)(?![\\p{L}'])");
    /** Words that say nothing on their own between two coordinated dates ("les 6 et 13 avril"). */
    private static final Set<String> GLUE = Set.of("et", "puis", "mais", "ou", "and", "but", "then", "or", "le", "la",
            "les", "l'", "du", "de", "des", "d'", "au", "aux", "à", "en", "un", "une", "the", "a", "an", "of", "on",
            "in", "at", "to", "through", "ainsi", "que", "also", "again", "encore", "from", "between", "entre", "vers",
            "about", "around");

    private FactDates() {
    }

    /** The statements that make events, in text order: one per fact a sentence reports. */
    static List<Statement> governing(List<Statement> statements) {
        List<Statement> kept = new ArrayList<>();
        for (int i = 0; i < statements.size(); ) {
            int j = i;
            while (j < statements.size() && statements.get(j).start() == statements.get(i).start()) {
                j++;
            }
            kept.addAll(ofSentence(statements.subList(i, j)));
            i = j;
        }
        return kept;
    }

    /** The statements of one sentence (its dates in text order) that make events. */
    private static List<Statement> ofSentence(List<Statement> sentence) {
        String text = sentence.get(0).text();
        String lower = lower(text);
        List<Statement> dated = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        Statement previous = null;
        Role previousRole = null;
        int dateline = Dateline.end(text, 0);
        for (Statement statement : sentence) {
            // A date joined to the one before ("from 1991 to 1997", "les 6 et 13 avril") shares its role; the date of
            // a dateline ("KYIV, March 3 (Reuters) -") says when the story was filed and dates no fact.
            Role role = at(statement, text) < dateline ? Role.NONE
                    : previous != null && joined(lower, previous, statement, text) ? previousRole
                    : role(lower, at(statement, text), end(statement, text));
            if (role != Role.NONE) {
                dated.add(statement);
                roles.add(role);
            }
            previous = statement;
            previousRole = role;
        }
        List<Statement> kept = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= dated.size(); k++) {
            if (k == dated.size() || roles.get(k) != Role.SUBORDINATE && coordinated(lower, dated.get(k - 1),
                    dated.get(k), text)) {
                kept.add(governor(dated.subList(from, k), roles.subList(from, k)));
                from = k;
            }
        }
        return kept;
    }

    /** The date of one fact: the best role, then the narrowest interval, then the first. */
    private static Statement governor(List<Statement> statements, List<Role> roles) {
        Role best = roles.stream().min(Comparator.naturalOrder()).orElseThrow();
        List<Statement> candidates = new ArrayList<>();
        for (int k = 0; k < statements.size(); k++) {
            if (roles.get(k) == best) {
                candidates.add(statements.get(k));
            }
        }
        Statement chosen = candidates.get(0);
        for (Statement candidate : candidates) {
            if (narrower(candidate.timex(), chosen.timex())) {
                chosen = candidate;
            }
        }
        return chosen;
    }

    /** True when {@code a} lies within {@code b} and says more: a time of b's day, a day of b's month. */
    private static boolean narrower(Timex a, Timex b) {
        boolean within = !a.earliest().isBefore(b.earliest()) && !a.latest().isAfter(b.latest());
        return within && (a.earliest().isAfter(b.earliest()) || a.latest().isBefore(b.latest())
                || a.precision() != null && b.precision() != null && a.precision().compareTo(b.precision()) < 0);
    }

    /** How the date at {@code at} (a UTF-16 index of the sentence) relates to the sentence's fact. */
    private static Role role(String lower, int at, int end) {
        String before = lower.substring(0, at);
        if (COMPARISON.matcher(before).find()) {
            return Role.NONE;
        }
        if (STATE_START.matcher(before).find()) {
            // "since November, when he was found": the date still dates the fact of the clause it heads.
            return WHEN_CLAUSE.matcher(lower.substring(end)).lookingAt() ? Role.SUBORDINATE : Role.NONE;
        }
        int start = clauseStart(before);
        String clause = before.substring(start);
        if (relative(clause) || openedBy(before.substring(0, start), RELATIVES)
                || CIRCUMSTANTIAL.matcher(clause).find() || participial(clause, start == 0 || enclosed(lower, at))
                || participleRightBefore(before)) {
            return Role.SUBORDINATE;
        }
        if (BOUND.matcher(before).find()) {
            return Role.BOUND;
        }
        return Role.MAIN;
    }

    /** Where the clause holding the end of {@code before} starts: after the last comma, colon, bracket or quote. */
    private static int clauseStart(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '«' || c == '»' || c == '"'
                    || c == '—' || c == '–') {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * True when the clause starts with a participle: "Réélu dimanche, …", "…, élu le 6 mai". An English one only
     * when it leads the sentence or sits between commas ("Elected in 2019, …", "The senator, elected in 2019, …"):
     * after a comma it may be a simple past ("The mayor, 60, resigned on Monday.").
     */
    private static boolean participial(String clause, boolean leading) {
        List<String> words = words(clause);
        return !words.isEmpty() && isParticiple(words.get(0)) && (leading || !english(words.get(0)));
    }

    /** True when a comma closes the clause holding {@code at} before the sentence ends. */
    private static boolean enclosed(String lower, int at) {
        for (int i = at; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ',') {
                return lower.substring(i + 1).strip().length() > 1;
            }
            if (c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return false;
    }

    private static boolean english(String participle) {
        return participle.endsWith("ed") || participle.endsWith("ing") || ENGLISH_PARTICIPLES.contains(participle);
    }

    /**
     * True when a French participle without an auxiliary comes right before the date: "l'équipe élue dimanche". Not
     * in English, whose simple past looks the same ("the factory closed on Monday").
     */
    private static boolean participleRightBefore(String before) {
        List<String> words = words(before);
        int k = words.size() - 1;
        if (k >= 0 && Set.of("en", "le", "à", "dès", "vers", "in", "on", "at").contains(words.get(k))) {
            k--;
        }
        if (k < 1 || !isParticiple(words.get(k)) || english(words.get(k)) || NOUNS_IN_E.contains(words.get(k))) {
            return false;
        }
        int aux = k - 1;
        while (aux > 0 && (words.get(aux).endsWith("ment") || words.get(aux).endsWith("ly"))) {
            aux--;
        }
        return !AUXILIARIES.contains(words.get(aux));
    }

    /** True when the clause holds a relative pronoun whose clause is still open at its end. */
    private static boolean relative(String clause) {
        List<String> words = words(clause);
        for (int k = words.size() - 1; k >= 0; k--) {
            if (RELATIVES.contains(words.get(k))) {
                // Two verbs after the pronoun: its clause closed and the main clause went on ("qui lui sont
                // reprochés ont eu lieu le 27 mai").
                return words.subList(k + 1, words.size()).stream().filter(FINITE::contains).count() < 2;
            }
        }
        return false;
    }

    /** True when {@code text} ends on one of {@code words}: a pronoun cut from its clause ("qui, le 5 mai,"). */
    private static boolean openedBy(String text, Set<String> words) {
        List<String> all = words(text);
        return !all.isEmpty() && words.contains(all.get(all.size() - 1));
    }

    private static boolean isParticiple(String word) {
        if (NOT_PARTICIPLES.contains(word)) {
            return false;
        }
        String bare = word.endsWith("es") ? word.substring(0, word.length() - 2)
                : word.endsWith("e") || word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return IRREGULAR_PARTICIPLES.contains(word) || IRREGULAR_PARTICIPLES.contains(bare)
                || ENGLISH_PARTICIPLES.contains(word)
                || bare.endsWith("é") && bare.length() > 2
                || word.length() > 5 && (word.endsWith("ant") || word.endsWith("ing") || word.endsWith("ed"));
    }

    /**
     * True when the sentence reports a second fact between two of its dates: a coordinator or a semicolon, and a
     * word that says something ("et rouvrira ses portes en août"), not merely two coordinated dates ("les 6 et 13").
     */
    private static boolean coordinated(String lower, Statement first, Statement second, String text) {
        int from = end(first, text);
        int to = at(second, text);
        if (from >= to) {
            return false;
        }
        String between = lower.substring(from, to);
        if (between.contains(";") || between.contains(":") || between.contains("«")) {
            return true; // a clause of its own, or direct speech reporting a fact of its own
        }
        if (!COORDINATOR.matcher(between).find()) {
            return false;
        }
        return words(between).stream().anyMatch(w -> !GLUE.contains(w));
    }

    /** True when only glue lies between two dates: one date expression of one fact, a range or a list. */
    private static boolean joined(String lower, Statement first, Statement second, String text) {
        int from = end(first, text);
        int to = at(second, text);
        if (from > to) {
            return false;
        }
        String between = lower.substring(from, to);
        return between.chars().noneMatch(c -> c == ';' || c == ':' || c == '«' || c == '(' || c == ')')
                && words(between).stream().allMatch(GLUE::contains);
    }

    /** The UTF-16 index just past the statement's date in its sentence. */
    private static int end(Statement statement, String text) {
        int length = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(statement.timex().end() - statement.start(), length)));
    }

    /** The UTF-16 index of the statement's date in its sentence; 0 when the date lies outside it. */
    private static int at(Statement statement, String text) {
        int from = statement.timex().start() - statement.start();
        int length = text.codePointCount(0, text.length());
        return from < 0 || from > length ? 0 : text.offsetByCodePoints(0, from);
    }

    /** Words of {@code text} (already lower case), hyphenated ones whole, an elided article with its apostrophe. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\'') {
                i++;
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** Lower case with plain apostrophes, one char per char so that indices stay those of the sentence. */
    private static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '’' || c == 'ʼ' ? '\'' : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
