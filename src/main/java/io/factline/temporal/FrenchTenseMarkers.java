package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/**
 * French verb forms that reveal a clause's tense without a tagger: auxiliary + past participle (passé composé,
 * plus-que-parfait), imparfait and passé simple endings, future and conditional endings (the future stem always ends
 * in "r"), "va/vont + infinitive", and present-tense verbs that announce a scheduled event ("se réunissent").
 */
final class FrenchTenseMarkers implements TenseMarkers {

    private static final Set<String> AUXILIARIES = Lexicon.words("ai", "as", "a", "avons", "avez", "ont", "avait",
            "avais",
            "avaient", "avions", "aviez", "eut", "eurent", "ait", "aient", "ayant", "suis", "es", "est", "sommes",
            "êtes", "sont", "était", "étais", "étaient", "étions", "fut", "furent", "soit", "soient", "étant");
    private static final Set<String> CONDITIONAL_AUXILIARIES = Lexicon.words("aurait", "auraient", "aurais", "serait",
            "seraient", "serais");
    private static final Set<String> GOING_TO = Lexicon.words("va", "vont", "vais", "allons", "allez", "allait",
            "allaient");
    private static final Set<String> MUST = Lexicon.words("doit", "doivent", "devons", "devez");
    /** Verbs whose next verb is an infinitive: "va se rendre", "peut se réunir". */
    private static final Set<String> BEFORE_INFINITIVE = Lexicon.words("va", "vont", "vais", "allons", "allez",
            "allait", "allaient", "doit", "doivent", "devait", "devaient", "peut", "peuvent", "pouvait", "veut",
            "veulent", "voulait", "pourrait", "pourraient", "devrait", "devraient", "compte", "comptent", "souhaite",
            "souhaitent", "entend", "entendent", "prévoit", "prévoient", "faut", "fallait", "faudra", "vient",
            "viennent", "venait", "cherche", "cherchent", "tente", "tentent", "décidé", "accepté", "refusé");
    /** "est prévu mardi", "sont attendus jeudi": passive forms that schedule rather than report. */
    private static final Set<String> SCHEDULING_PARTICIPLES = Lexicon.words("prévu", "prévue", "prévus", "prévues",
            "attendu", "attendue", "attendus", "attendues", "programmé", "programmée", "programmés", "programmées",
            "censé", "censée", "censés", "censées", "convoqué", "convoquée", "convoqués", "convoquées");
    /** "a annoncé", "ont appelé à": announcing something that may still be ahead. */
    private static final Set<String> ANNOUNCING_PARTICIPLES = Lexicon.words("annoncé", "appelé", "convoqué", "fixé",
            "promis", "menacé", "prévu", "programmé", "décidé", "planifié", "proposé", "demandé", "réclamé",
            "prévenu", "averti", "confirmé");
    private static final Set<String> AVOIR = Lexicon.words("ai", "as", "a", "avons", "avez", "ont", "avait",
            "avais", "avaient", "avions", "aviez", "eut", "eurent", "ait", "aient", "ayant");
    private static final Set<String> SCHEDULING_VERBS = Lexicon.words("réunit", "réunissent", "rend", "rendent",
            "rencontre", "rencontrent", "tient", "tiennent", "ouvre", "ouvrent", "débute", "débutent", "commence",
            "commencent", "accueille", "accueillent", "reçoit", "reçoivent", "participe", "participent", "retrouve",
            "retrouvent", "entame", "entament", "arrive", "arrivent", "part", "partent", "vote", "votent", "examine",
            "examinent", "organise", "organisent", "achève", "achèvent", "termine", "terminent", "déplace",
            "déplacent", "clôture", "clôturent", "retrouvent", "réunissons", "rendons");
    private static final Set<String> PASSE_SIMPLE = Lexicon.words("ajouta", "déclara", "annonça", "affirma", "expliqua",
            "précisa", "indiqua", "estima", "rappela", "souligna", "lança", "répondit", "fit", "prit", "mit", "vint",
            "devint", "fut", "furent", "eut", "eurent", "dirent", "firent", "prirent", "mourut", "naquit");
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.words("dit", "dite", "dits", "dites", "fait",
            "faite",
            "faits", "faites", "pris", "prise", "prises", "mis", "mise", "mises", "eu", "eue", "eus", "été", "vu",
            "vue", "vus", "vues", "su", "pu", "dû", "voulu", "venu", "venue", "venus", "tenu", "tenue", "tenus",
            "reçu", "reçue", "reçus", "écrit", "écrite", "ouvert", "ouverte", "ouverts", "offert", "offerte",
            "mort", "morte", "morts", "né", "née", "lu", "cru", "connu", "paru", "atteint", "atteinte", "rejoint",
            "craint", "conduit", "produit", "détruit", "détruite", "construit", "construite", "permis", "promis",
            "compris", "admis", "repris", "soumis", "transmis", "émis", "remis", "commis", "acquis", "conquis",
            "couvert", "découvert", "souffert", "vécu", "battu", "perdu", "rendu", "vendu", "attendu", "entendu",
            "répondu", "défendu", "tendu", "abattu", "combattu", "devenu", "revenu", "parvenu", "convenu",
            "maintenu", "retenu", "soutenu", "obtenu", "détenu", "survenu", "intervenu", "disparu", "apparu",
            "reconnu", "vaincu", "convaincu", "contraint", "éteint", "joint", "plaint", "exclu", "conclu",
            "résolu", "fallu", "plu");
    /** Words ending like participles that are not ("mais", "lui", "plus"). */
    private static final Set<String> NOT_PARTICIPLES = Lexicon.words("mais", "puis", "depuis", "parmi", "ainsi",
            "aussi",
            "lui", "plus", "tout", "sous", "nous", "vous", "tous", "jusqu", "ceci", "celui", "ici", "pis", "lundi",
            "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi", "aujourd", "hui", "autrui", "oui", "selon");
    /** Words between an auxiliary and its participle: "a de nouveau exhorté", "n'a pas encore été". */
    private static final Set<String> BETWEEN_AUXILIARY_AND_PARTICIPLE = Lexicon.words("pas", "ne", "n", "plus",
            "jamais",
            "rien", "déjà", "toujours", "encore", "aussi", "également", "bien", "mal", "très", "trop", "peu",
            "beaucoup", "souvent", "même", "enfin", "donc", "alors", "ainsi", "notamment", "de", "nouveau",
            "ensuite", "t", "il", "elle", "ils", "elles", "on", "y", "en", "lui", "leur", "se", "s", "l", "le", "la",
            "les", "m", "me", "te", "nous", "vous", "d", "ailleurs", "finalement", "récemment", "tout", "d'abord",
            "abord", "longtemps", "vite", "certes", "cependant", "pourtant", "toutefois", "probablement", "sans",
            "doute", "aujourd", "hui", "hier", "effectivement", "clairement", "officiellement", "fortement");
    /** Nouns that end in "-ait" like an imparfait. */
    private static final Set<String> AIT_NOUNS = Lexicon.words("souhait", "portrait", "trait", "attrait", "lait",
            "extrait", "retrait", "parfait", "forfait", "bienfait", "méfait", "abstrait", "distrait", "fait");
    /** Words that end like a future ("-rai", "-ront", "-rons") but are not one. */
    private static final Set<String> NOT_FUTURES = Lexicon.words("vrai", "environs", "marrons", "opera", "sierra",
            "terra", "mira", "tira", "escadrons", "chaudrons");
    private static final Set<String> FUTURE_ENDINGS = Lexicon.words("ai", "as", "a", "ons", "ez", "ont");
    private static final Set<String> CONDITIONAL_ENDINGS = Lexicon.words("ait", "aient", "ais");

    private final Set<String> determiners;
    private final Map<String, DayOfWeek> weekdays;

    FrenchTenseMarkers(Lexicon lexicon) {
        this.determiners = lexicon.determiners;
        this.weekdays = lexicon.weekdays;
    }

    @Override
    public Tense at(Token[] tokens, int k, boolean startsSentence) {
        Token token = tokens[k];
        if (!token.isWord()) {
            return null;
        }
        String word = token.lower;
        if (word.equals("hier")) {
            return Tense.PAST;
        }
        if (word.equals("demain")) {
            return Tense.FUTURE;
        }
        if (AUXILIARIES.contains(word)) {
            return auxiliary(tokens, k);
        }
        if (CONDITIONAL_AUXILIARIES.contains(word)) {
            return participleAfter(tokens, k) ? Tense.PAST : Tense.FUTURE;
        }
        if (GOING_TO.contains(word) && infinitiveAfter(tokens, k)) {
            return Tense.FUTURE;
        }
        if (MUST.contains(word) && infinitiveAfter(tokens, k)) {
            return Tense.SCHEDULED;
        }
        if (isParticiple(word) && auxiliaryBefore(tokens, k)) {
            int auxiliary = k - 1;
            while (!isAuxiliary(tokens[auxiliary].lower)) {
                auxiliary--;
            }
            return auxiliary(tokens, auxiliary);
        }
        if (SCHEDULING_PARTICIPLES.contains(word)) {
            return Tense.SCHEDULED; // "des chutes de neige attendues dès mardi"
        }
        if (startsSentence && token.isCapitalized()
                && (isRegularParticiple(word) || IRREGULAR_PARTICIPLES.contains(word))) {
            return Tense.PAST; // "Interrogé lundi, il a…", "Ouvert le 2 septembre, le procès…"
        }
        if (!startsSentence && isParticipialClause(tokens, k, word)) {
            return Tense.PAST; // "Le Parlement, élu du 6 au 9 juin, devra…", "un homme arrêté lundi"
        }
        if (token.isCapitalized() && !startsSentence) {
            return null;
        }
        if (PASSE_SIMPLE.contains(word)) {
            return Tense.PAST;
        }
        if (isFuture(word)) {
            return Tense.FUTURE;
        }
        if (isConditional(word)) {
            return Tense.FUTURE;
        }
        if (isImparfait(word)) {
            return Tense.PAST;
        }
        return presentTense(tokens, k, word);
    }

    /**
     * A past participle with no auxiliary, after a comma or a noun and right before what opens a date ("élu du 6 au
     * 9 juin", "arrêté lundi", "adopté le 3 mars"): the participial clause tells what happened then. After an
     * article the word is a noun ("le marché", "l'été").
     */
    private boolean isParticipialClause(Token[] tokens, int k, String word) {
        if (k == 0 || k + 1 >= tokens.length || !(isRegularParticiple(word) || IRREGULAR_PARTICIPLES.contains(word)
                || word.equals("élu") || word.equals("réélu") || word.equals("élue") || word.equals("réélue"))) {
            return false;
        }
        Token previous = tokens[k - 1];
        if (previous.isNumber() || previous.isWord() && determiners.contains(previous.norm)
                || auxiliaryBefore(tokens, k) || previous.isWord() && at(tokens, k - 1, false) != null) {
            return false; // "sera examiné ce vendredi": the verb before carries the tense
        }
        Token next = tokens[k + 1];
        return next.isNumber() || weekdays.containsKey(next.norm) || DATE_OPENERS.contains(next.norm);
    }

    private static final Set<String> DATE_OPENERS = Lexicon.words("le", "du", "en", "dès", "depuis", "lors", "ce",
            "cette", "il", "hier", "avant-hier", "fin", "début", "mi");

    private static Tense auxiliary(Token[] tokens, int k) {
        int next = skipToVerb(tokens, k + 1);
        if (next < 0) {
            return null;
        }
        String participle = tokens[next].lower;
        boolean avoir = AVOIR.contains(tokens[k].lower);
        if (avoir && ANNOUNCING_PARTICIPLES.contains(participle)) {
            return Tense.ANNOUNCED;
        }
        if (SCHEDULING_PARTICIPLES.contains(participle)) {
            return Tense.SCHEDULED;
        }
        return isParticiple(participle) ? Tense.PAST : null;
    }

    private static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word) || CONDITIONAL_AUXILIARIES.contains(word);
    }

    private static boolean participleAfter(Token[] tokens, int k) {
        int next = skipToVerb(tokens, k + 1);
        return next >= 0 && isParticiple(tokens[next].lower);
    }

    private static boolean auxiliaryBefore(Token[] tokens, int k) {
        for (int i = k - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
            String word = tokens[i].lower;
            if (isAuxiliary(word)) {
                return true;
            }
            if (!BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(word) && !word.endsWith("ment")) {
                return false;
            }
        }
        return false;
    }

    /** The first token after {@code from} that is not an adverb, negation or clitic, within four words; or -1. */
    private static int skipToVerb(Token[] tokens, int from) {
        for (int i = from; i < tokens.length && i < from + 4; i++) {
            Token token = tokens[i];
            if (!token.isWord()) {
                return -1;
            }
            if (!BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(token.lower) && !token.lower.endsWith("ment")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean infinitiveAfter(Token[] tokens, int k) {
        int next = skipToVerb(tokens, k + 1);
        if (next < 0) {
            return false;
        }
        String word = tokens[next].lower;
        return word.endsWith("er") || word.endsWith("ir") || word.endsWith("re") || word.endsWith("oir");
    }

    static boolean isParticiple(String word) {
        if (IRREGULAR_PARTICIPLES.contains(word) || isRegularParticiple(word)) {
            return true;
        }
        if (word.length() < 4 || NOT_PARTICIPLES.contains(word)) {
            return false;
        }
        return endsWithAny(word, "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "its", "ite", "ites", "ert",
                "erts", "erte", "int", "ints", "inte");
    }

    private static boolean isRegularParticiple(String word) {
        return word.length() >= 3 && endsWithAny(word, "é", "ée", "és", "ées");
    }

    /** Future: the infinitive-based stem ending in "r" after e, i, d, r, u or v, then -ai/-as/-a/-ons/-ez/-ont. */
    private static boolean isFuture(String word) {
        if (word.length() < 4 || NOT_FUTURES.contains(word)) {
            return false;
        }
        return hasFutureStem(word, FUTURE_ENDINGS);
    }

    private static boolean isConditional(String word) {
        return word.length() >= 5 && hasFutureStem(word, CONDITIONAL_ENDINGS);
    }

    private static boolean hasFutureStem(String word, Set<String> endings) {
        for (String ending : endings) {
            int stemEnd = word.length() - ending.length();
            if (stemEnd >= 2 && word.endsWith(ending) && word.charAt(stemEnd - 1) == 'r'
                    && "eidruv".indexOf(word.charAt(stemEnd - 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImparfait(String word) {
        if (word.length() >= 6 && word.endsWith("aient")) {
            return true;
        }
        return word.length() >= 5 && word.endsWith("ait") && !AIT_NOUNS.contains(word);
    }

    /** "se réunissent" and "rencontre" (not after an article) announce events; other reflexive verbs are present. */
    private Tense presentTense(Token[] tokens, int k, String word) {
        int pronoun = isReflexivePronoun(tokens, k - 1) ? k - 1
                : k >= 2 && isReflexivePronoun(tokens, k - 2) && "y".equals(tokens[k - 1].lower) ? k - 2 : -1;
        boolean reflexive = pronoun >= 0;
        if (reflexive && pronoun > 0 && BEFORE_INFINITIVE.contains(tokens[pronoun - 1].lower)) {
            return null; // "va se rendre": an infinitive; the verb before it carries the tense
        }
        if (SCHEDULING_VERBS.contains(word)) {
            boolean noun = k > 0 && determiners.contains(tokens[k - 1].norm) && !reflexive;
            return noun ? null : Tense.SCHEDULED;
        }
        if (reflexive && !word.equals("y") && !word.equals("en") && !word.endsWith("ant")
                && !AUXILIARIES.contains(word) && !word.endsWith("er") && !word.endsWith("ir")) {
            return Tense.PRESENT;
        }
        return null;
    }

    private static boolean isReflexivePronoun(Token[] tokens, int i) {
        return i >= 0 && (tokens[i].lower.equals("se") || tokens[i].lower.equals("s"));
    }

    private static boolean endsWithAny(String word, String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
