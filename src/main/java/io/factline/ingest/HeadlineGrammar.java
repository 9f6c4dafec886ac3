package io.factline.ingest;

import io.factline.temporal.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words {@link Headline} reads a main clause by, per language: function words a title must not end on, the
 * prepositions a date phrase takes with it, the words that open circumstantial, relative and subordinate clauses,
 * and the auxiliaries and verb endings that mark a finite verb. Written as lists, not learned: no tagger.
 * All words are lower case with accents, apostrophes typed as {@code '} (see {@link #norm}).
 */
final class HeadlineGrammar {

    /** Determiners, prepositions, conjunctions, auxiliaries and pronouns: never the last word of a title. */
    final Set<String> functionWords;
    /** Forms of "to be": a relative right after "est le mot" defines the predicate. */
    final Set<String> copulas;
    /** Determiners. */
    final Set<String> determiners;
    /** Conjunctions that open a leading subordinate clause, verb and all ("Lorsque ...,", "Since ...,"). */
    final Set<String> subordinators;
    /** An adverb that opens the sentence ("Finalement,", "Ironically,"). */
    final Pattern adverb;
    /**
     * Whether a lower-case content word after an apposition is taken for the verb: French verbs not in the lists
     * still read that way ("Bernard, de Giromagny, comparaissait"); English adjectives and adverbs would not.
     */
    final boolean guessesVerbs;
    /** Prepositions. */
    final Set<String> prepositions;
    /** Auxiliaries. */
    final Set<String> auxiliaries;
    /** An infinitive: after a preposition at the end of a title, the phrase was cut ("pour participer"). */
    final Pattern infinitive;
    /** Words that open a prepositional phrase or a coordinated one: where a long title may be cut. */
    final Set<String> phraseStarts;
    /** Words taken away with a date that follows them ("dès hier", "le 6 mai", "on Tuesday"), longest first. */
    final List<String> datePrepositions;
    /** Dates besides the one the event carries: deictic days, weekdays, day and month, clock times. */
    final Pattern otherDates;
    /** Words that make part of a date phrase when they follow it ("hier matin", "vendredi dernier"). */
    final Pattern dateTail;
    /** What may stand before a date and go with it: the first day of "les 6 et 13 avril", "du 3 au 6". */
    final Pattern datePrefix;
    /** Phrases a title must not end on: they announce a complement ("à la suite", "par rapport", "in front"). */
    final List<String> locutions;
    /** Connectives dropped at the start of a title ("Mais", "De plus", "However"). */
    final Set<String> connectives;
    /** Words that open a leading circumstantial phrase, up to its comma ("Pendant ...,", "Lors de ...,"). */
    final Set<String> openers;
    /** Endings of a past or present participle that opens a leading participial clause ("Réélu", "Speaking"). */
    final Pattern participleOpener;
    /** Auxiliaries, modals and common finite forms: they mark the verb of a clause. */
    final Set<String> finiteVerbs;
    /** Endings of finite verb forms (imperfect, future, conditional). */
    final Pattern finiteEnding;
    /** Clitics that stand before a verb ("s'", "n'", "y"): skipped when looking whether a phrase opens on a verb. */
    final Set<String> clitics;
    /** Relative pronouns. */
    final Set<String> relatives;
    /** Where a relative or subordinate clause, or a reporting clause, starts after the main verb (regexes). */
    final Pattern trailingClause;
    /** Trailing clauses that need no comma before them (regexes); only cut after the main verb. */
    final Pattern boundClause;
    /** A reporting clause after the reported words: ", a déclaré X", ", X said". */
    final Pattern reporting;
    /** A reporting verb that ends what comes before a colon and its quotation ("X a déclaré : « ... »"). */
    final Pattern reportingBeforeColon;

    private HeadlineGrammar(Builder b) {
        Set<String> function = new HashSet<>();
        function.addAll(b.determiners);
        function.addAll(b.prepositions);
        function.addAll(b.conjunctions);
        function.addAll(b.auxiliaries);
        function.addAll(b.pronouns);
        this.functionWords = Set.copyOf(function);
        this.prepositions = Set.copyOf(b.prepositions);
        this.determiners = Set.copyOf(b.determiners);
        this.subordinators = Set.copyOf(b.subordinators);
        this.adverb = Pattern.compile(b.adverb);
        this.guessesVerbs = b.guessesVerbs;
        this.copulas = Set.copyOf(b.copulas);
        this.auxiliaries = Set.copyOf(b.auxiliaries);
        this.infinitive = Pattern.compile(b.infinitive);
        Set<String> starts = new HashSet<>(b.prepositions);
        starts.addAll(b.conjunctions);
        starts.addAll(b.relatives);
        this.phraseStarts = Set.copyOf(starts);
        this.datePrepositions = b.datePrepositions.stream()
                .sorted((x, y) -> Integer.compare(y.length(), x.length())).toList();
        this.otherDates = Pattern.compile(b.otherDates);
        this.dateTail = Pattern.compile(b.dateTail);
        this.datePrefix = Pattern.compile(b.datePrefix);
        this.locutions = List.copyOf(b.locutions);
        this.connectives = Set.copyOf(b.connectives);
        this.openers = Set.copyOf(b.openers);
        this.participleOpener = Pattern.compile(b.participleOpener);
        this.finiteVerbs = Set.copyOf(b.finiteVerbs);
        this.finiteEnding = Pattern.compile(b.finiteEnding);
        this.clitics = Set.copyOf(b.clitics);
        this.relatives = Set.copyOf(b.relatives);
        this.trailingClause = Pattern.compile(b.trailingClause);
        this.boundClause = Pattern.compile(b.boundClause);
        this.reporting = Pattern.compile(b.reporting);
        this.reportingBeforeColon = Pattern.compile(b.reportingBeforeColon);
    }

    /** Lower case, typographic apostrophes and dashes made plain; one char out per char in, accents kept. */
    static String norm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u2019', '\u2018', '\u02bc', '`' -> '\'';
                case '\u2010', '\u2011' -> '-';
                case '\u00a0', '\u202f', '\u2009' -> ' ';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }

    static HeadlineGrammar of(Language language) {
        return language == Language.EN ? ENGLISH : FRENCH;
    }

    boolean isFunctionWord(String normWord) {
        return functionWords.contains(normWord);
    }

    /** True when {@code normWord} is an auxiliary, a modal or a form with a finite verb's ending. */
    boolean isFiniteVerb(String normWord) {
        return finiteVerbs.contains(normWord) || finiteEnding.matcher(normWord).matches();
    }

    private static final String FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
            + "|septembre|octobre|novembre|décembre|decembre";
    private static final String FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String FR_PARTS = "matin|soir|après-midi|midi|soirée|matinée|nuit";
    private static final String FR_REPORTING = "(?:(?:(?:a|ont|avait|avaient|aurait)(?:-t-(?:il|elle|on))? "
            + "(?:\\p{L}+ )?(?:déclaré|indiqué|affirmé|ajouté|souligné|rapporté|précisé|annoncé|expliqué"
            + "|estimé|confirmé|assuré|dit|reconnu|rappelé|insisté|averti|prévenu|martelé|noté|relevé"
            + "|jugé|lancé|poursuivi|conclu|écrit|raconté|témoigné|commenté|résumé|promis|répondu"
            + "|répété|dénoncé|regretté|réagi|démenti|admis|confié|glissé|tranché)"
            + "|(?:déclare|indique|affirme|ajoute|souligne|précise|estime|explique|confirme|assure|dit"
            + "|rapporte|annonce|raconte|résume)(?:-t-(?:il|elle|on))?))";
    private static final String EN_REPORTING = "(?:said|says|told|added|reported|announced|stated|wrote)";
    private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december";
    private static final String EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    static final HeadlineGrammar FRENCH = new Builder()
            .determiners("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet",
                    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre",
                    "vos", "quelques", "plusieurs", "chaque", "tout", "toute", "tous", "toutes")
            .prepositions("à", "de", "d'", "du", "des", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec",
                    "sans", "chez", "entre", "contre", "vers", "depuis", "pendant", "avant", "après", "selon", "lors",
                    "dès", "jusqu'", "jusqu'à", "jusqu'au", "près", "malgré", "parmi", "outre", "via", "envers",
                    "auprès", "face", "durant", "hors")
            .conjunctions("et", "ou", "mais", "donc", "or", "ni", "car", "que", "qu'", "si", "s'", "comme", "lorsque",
                    "lorsqu'", "puisque", "puisqu'", "quand", "tandis", "alors", "afin", "bien", "dont", "où", "qui")
            .auxiliaries("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "aurait",
                    "auraient", "eu", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
                    "été", "être", "avoir", "fut", "furent", "soit", "va", "vont", "doit", "doivent", "peut",
                    "peuvent", "devait", "devrait", "pourrait")
            .pronouns("il", "ils", "elle", "elles", "on", "je", "j'", "tu", "nous", "vous", "lui", "y", "en", "se",
                    "me", "m'", "te", "t'", "c'", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles", "ne",
                    "n'", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "duquel", "presque", "très", "trop",
                    "assez", "tant", "si", "uniquement", "seulement", "notamment")
            .relatives("qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles")
            .datePrepositions("à partir de", "à partir du", "à partir d'", "jusqu'à", "jusqu'au", "jusqu'", "au cours de",
                    "au cours du", "dans la nuit de", "dans la nuit du", "lors de", "d'ici", "dès", "depuis", "le",
                    "la", "les", "l'", "en", "au", "à", "de", "du", "d'", "vers", "dans", "pour", "ce", "cette",
                    "pendant", "avant", "après", "entre", "courant", "fin", "début", "mi-", "a")
            .otherDates("(?<![\\p{L}\\d'-])(?:(?:avant-hier|après-demain|hier|aujourd'hui|demain)"
                    + "(?:\\s+(?:" + FR_PARTS + "))?"
                    + "|ce\\s+(?:matin|soir|midi|week-end|mois-ci)|cette\\s+(?:nuit|semaine|année)"
                    + "|(?:un|deux|trois|quelques)\\s+(?:jours?|semaines?|mois|ans?)\\s+plus\\s+(?:tôt|tard)"
                    + "|la\\s+veille|le\\s+lendemain|(?:le|ce)\\s+même\\s+(?:jour|mois|soir|matin)"
                    + "|(?:" + FR_DAYS + ")\\s+\\d{1,2}(?:er)?(?:\\s+(?:" + FR_MONTHS + "))?"
                    + "(?:\\s+(?:" + FR_PARTS + "))?(?:\\s+(?:dernier|prochain))?"
                    + "|(?<!le\\s)(?<!les\\s)(?:" + FR_DAYS + ")(?:\\s+(?:" + FR_PARTS + "))?(?:\\s+(?:dernier|prochain))?"
                    + "|\\d{1,2}(?:er)?\\s+(?:" + FR_MONTHS + ")(?:\\s+\\d{4})?(?:\\s+(?:dernier|prochain))?"
                    + "|(?:vers|à|dès|à\\s+partir\\s+de|jusqu'à|avant|après)\\s+(?:\\d{1,2}\\s?h(?:\\s?\\d{2})?|midi|minuit)(?:\\s+locales?)?"
                    + "|de\\s+\\d{1,2}\\s?h(?:\\s?\\d{2})?\\s+à\\s+\\d{1,2}\\s?h(?:\\s?\\d{2})?)"
                    + "(?![\\p{L}\\d])")
            .dateTail("^(?:\\s+(?:matin|soir|après-midi|midi|soirée|derniers?|dernières?|prochains?|prochaines?"
                    + "|même|inclus|locales?|vers\\s+\\d{1,2}\\s?h(?:\\s?\\d{2})?|à\\s+\\d{1,2}\\s?h(?:\\s?\\d{2})?"
                    + "|(?:et|au)\\s+(?:le\\s+)?\\d{1,2}(?:er)?(?:\\s+(?:" + FR_MONTHS + "))?"
                    + "|(?:et|ou|au|à)\\s+(?:" + FR_DAYS + "|" + FR_MONTHS + "|\\d{4})(?:\\s+\\d{4})?)(?![\\p{L}\\d]))*")
            .infinitive("^\\p{L}{2,}(?:er|ir|oir|dre|ire)$")
            .subordinators("lorsque", "lorsqu'", "quand", "comme", "puisque", "puisqu'", "si", "bien", "alors",
                    "tandis", "parce", "quoique")
            .adverb("^\\p{L}{4,}ment$")
            .guessesVerbs(true)
            .copulas("est", "sont", "était", "étaient", "sera", "seront", "c'", "reste", "demeure")
            .datePrefix("(?:(?:les?|du|entre\\s+le)\\s+)?\\d{1,2}(?:er)?\\s+(?:et|au)\\s+$")
            .locutions("à la suite", "par rapport", "en raison", "au cours", "à partir", "dans le cadre", "au sein",
                    "à cause", "à proximité", "grâce", "en face", "autour", "au-delà", "loin", "à l'issue", "en présence",
                    "au nom", "à l'occasion", "en faveur", "à hauteur", "en vue", "au lieu", "au profit", "aux côtés",
                    "à l'égard", "avoir besoin", "avaient besoin", "avait besoin", "ont besoin", "a besoin",
                    "en garde", "lors", "près", "afin")
            .connectives("mais", "et", "or", "donc", "puis", "ainsi", "alors", "enfin", "pourtant", "cependant",
                    "toutefois", "auparavant", "désormais", "ensuite", "aussi", "notamment", "par ailleurs",
                    "de plus", "en outre", "en effet", "d'ailleurs")
            .openers("à", "a", "au", "aux", "en", "dans", "pendant", "durant", "lors", "depuis", "dès", "après",
                    "avant", "selon", "pour", "avec", "sans", "sur", "sous", "malgré", "face", "outre", "vers",
                    "jusqu'", "jusqu'à", "jusqu'au", "entre", "parmi", "chez", "contre", "d'après", "de", "du", "par",
                    "particulièrement", "surtout", "hier", "aujourd'hui", "demain")
            .participleOpener("^(?:s'|se\\s+)?\\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ant)$")
            .finiteVerbs("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont",
                    "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "va", "vont",
                    "allait", "doit", "doivent", "devait", "devaient", "devra", "devront", "devrait", "devraient",
                    "peut", "peuvent", "pouvait", "pourra", "pourront", "pourrait", "pourraient", "veut", "veulent",
                    "faut", "fallait", "vient", "viennent", "venait", "semble", "reste", "restent", "fait", "font",
                    "dit", "se", "s'", "n'", "ne", "demeure", "compte", "comptent", "organise", "organisent",
                    "affiche", "réclame", "montre", "révèle", "concernent", "concerne", "remontent", "enregistre",
                    "totalise", "devient", "tient", "prend", "prennent", "met", "mettent")
            .finiteEnding("^\\p{L}{3,}(?:ait|aient|èrent|eront|erait|eraient|erons|era|iront|irait|ira|ront|rait"
                    + "|raient)$")
            .clitics("s'", "se", "n'", "ne", "y", "en", "l'", "le", "la", "les", "lui", "leur", "m'", "t'", "me",
                    "te", "nous", "vous")
            .trailingClause(", (?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel) "
                    + "|,? (?:alors|tandis|parce|bien|pendant) qu"
                    + "|, (?:puisqu|lorsqu|quoiqu)|, (?:afin|avant|près|loin) d|, après avoir |, pour |, comme "
                    + "|, mais |, car |, et |, ou |, selon |, d'après |, sans |, malgré |, soit |, chacun "
                    + "|, (?:en )?\\p{L}{3,}ant(?=[ ,.])| en \\p{L}{3,}ant(?=[ ,.])"
                    + "|, \\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|it|ite|is) (?:le |la |les |l'|en |par |à |au |sur |dans )")
            .boundClause(" (?:qui|dont|où) | (?:puisqu|lorsqu|quoiqu)| (?:afin|avant) d| après avoir | car "
                    + "| mais | selon | pour qu| sans qu")
            .reporting("(?:,[»”\"]? | )" + FR_REPORTING + "(?=[ ,.]|$)"
                    + "|,[»”\"]? (?:[\\p{L}.'-]+ ){1,3}" + FR_REPORTING + "(?=[ ,.]|$)"
                    + "(?!\\s+(?:que|qu'|le|la|les|l'|un|une|il|elle|ils|elles|on)(?![\\p{L}]))")
            .reportingBeforeColon("(?:a|ont|avait) (?:\\p{L}+ )?(?:déclaré|indiqué|affirmé|ajouté|souligné"
                    + "|expliqué|estimé|assuré|dit|lancé|prévenu|averti|martelé|écrit|résumé)\\s*$")
            .build();

    static final HeadlineGrammar ENGLISH = new Builder()
            .determiners("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                    "your", "my", "some", "any", "each", "every", "all", "no")
            .prepositions("of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "about", "after",
                    "before", "during", "since", "until", "against", "between", "among", "over", "under", "near",
                    "via", "without", "within", "across", "through", "towards", "toward", "amid", "despite", "per",
                    "than", "off", "upon", "like")
            .conjunctions("and", "or", "but", "nor", "so", "yet", "as", "if", "because", "while", "although",
                    "though", "whereas", "when", "where", "which", "who", "whom", "whose", "that", "whether")
            .auxiliaries("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will",
                    "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did")
            .pronouns("he", "she", "it", "they", "we", "you", "i", "me", "him", "us", "them", "there", "what",
                    "itself", "themselves", "himself", "herself", "not", "almost", "very", "too", "quite", "rather",
                    "only")
            .relatives("which", "who", "whom", "whose", "where", "that")
            .datePrepositions("on", "in", "at", "by", "since", "from", "until", "till", "during", "over", "within",
                    "throughout", "around", "through", "this", "last",
                    "next", "the", "of", "early", "late", "before", "after", "for", "earlier", "later")
            .otherDates("(?<![\\p{L}\\d'-])(?:(?:yesterday|today|tomorrow|tonight)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?"
                    + "|(?:this|last|next)\\s+(?:week|month|year|weekend|morning|evening|" + EN_DAYS + ")"
                    + "|(?:a|one|two|three)\\s+(?:days?|weeks?|months?|years?)\\s+(?:earlier|later|ago)"
                    + "|the\\s+(?:day|week)\\s+(?:before|after)|the\\s+next\\s+day|the\\s+same\\s+day"
                    + "|(?:" + EN_DAYS + ")(?:\\s+(?:morning|afternoon|evening|night))?"
                    + "(?:,?\\s+(?:" + EN_MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)?"
                    + "|(?:" + EN_MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + EN_MONTHS + ")(?:\\s+\\d{4})?"
                    + "|at\\s+\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)|at\\s+(?:noon|midnight))"
                    + "(?![\\p{L}\\d])")
            .dateTail("^(?:\\s+(?:morning|afternoon|evening|night|local time"
                    + "|(?:and|or|to|through)\\s+(?:" + EN_DAYS + "|" + EN_MONTHS + "|\\d{4})(?:,?\\s+\\d{4})?)"
                    + "(?![\\p{L}])|[-–](?:\\d{1,2}|" + EN_MONTHS + ")(?![\\p{L}\\d]))*")
            .subordinators("when", "while", "since", "after", "before", "as", "because", "although", "though",
                    "if", "once", "until", "whereas")
            .adverb("^\\p{L}{4,}ly$")
            .copulas("is", "are", "was", "were", "be", "it's")
            .datePrefix("(?:(?:on|between|from)\\s+)?(?:" + EN_DAYS + ")\\s+(?:and|to)\\s+$")
            .locutions("in front", "because", "ahead", "according", "instead", "as part", "on behalf", "in favour",
                    "in favor", "in response", "in charge", "in addition", "as well", "such")
            .connectives("but", "and", "yet", "so", "however", "meanwhile", "also", "moreover", "still",
                    "furthermore", "in addition", "separately")
            .openers("in", "on", "at", "after", "before", "during", "since", "following", "despite", "with",
                    "without", "from", "for", "by", "under", "amid", "as", "while", "when", "according", "earlier",
                    "later", "yesterday", "today", "last", "this", "speaking")
            .participleOpener("^(?:\\p{L}{3,}(?:ed|ing|en)|found|led|held|left|sent|hit|struck|shot|born|built"
                    + "|caught|brought|kept|told|made|set|put|cut|hurt|run|won|lost)$")
            .finiteVerbs("is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "should", "can",
                    "could", "may", "might", "must", "do", "does", "did", "said", "says", "met", "told", "made",
                    "took", "gave", "went", "came", "held", "became", "began", "won", "lost", "left", "sent", "led",
                    "fell", "rose", "struck", "hit", "got", "saw", "found", "brought", "kept", "ran", "spoke", "wrote",
                    "chose", "drew", "grew", "knew", "paid", "put", "set", "shot", "stood", "thought", "heard", "meant")
            .finiteEnding("^\\p{L}{3,}(?:ed)$")
            .clitics("also", "not", "never", "already", "still", "just", "then", "now")
            .trailingClause(", (?:which|who|whom|whose|where|when|while|whereas|as|after|before|because|since"
                    + "|although|though|but|saying|adding|according to|said|told) "
                    + "|, \\p{L}{3,}ing(?=[ ,.])")
            .boundClause(" (?:which|who|whom|whose|where|while|whereas|because|although|though) "
                    + "| according to ")
            .reporting(",[”\"]? " + EN_REPORTING + "(?=[ ,.]|$)"
                    + "|,[”\"]? (?:he|she|they|it|we|officials|the \\p{L}+|[\\p{L}.' -]{2,40}?) " + EN_REPORTING
                    + "(?=[ ,.]|$)(?!\\s+(?:that|the|a|an|he|she|they|it|we|i|there|this)(?![\\p{L}]))")
            .reportingBeforeColon("(?:said|told|added|declared|wrote|says)\\s*$")
            .build();

    /** Collects the word lists of one language. */
    private static final class Builder {
        private List<String> determiners = List.of();
        private List<String> prepositions = List.of();
        private List<String> conjunctions = List.of();
        private List<String> auxiliaries = List.of();
        private List<String> pronouns = List.of();
        private List<String> relatives = List.of();
        private List<String> datePrepositions = List.of();
        private String otherDates;
        private String dateTail;
        private String datePrefix;
        private String infinitive = "^$";
        private List<String> copulas = List.of();
        private List<String> subordinators = List.of();
        private String adverb = "^$";
        private boolean guessesVerbs;
        private List<String> locutions = List.of();
        private List<String> connectives = List.of();
        private List<String> openers = List.of();
        private String participleOpener;
        private List<String> finiteVerbs = List.of();
        private String finiteEnding;
        private List<String> clitics = List.of();
        private String trailingClause;
        private String boundClause;
        private String reporting;
        private String reportingBeforeColon;

        Builder determiners(String... words) {
            determiners = List.of(words);
            return this;
        }

        Builder prepositions(String... words) {
            prepositions = List.of(words);
            return this;
        }

        Builder conjunctions(String... words) {
            conjunctions = List.of(words);
            return this;
        }

        Builder auxiliaries(String... words) {
            auxiliaries = List.of(words);
            return this;
        }

        Builder pronouns(String... words) {
            pronouns = List.of(words);
            return this;
        }

        Builder relatives(String... words) {
            relatives = List.of(words);
            return this;
        }

        Builder datePrepositions(String... words) {
            datePrepositions = List.of(words);
            return this;
        }

        Builder otherDates(String regex) {
            otherDates = regex;
            return this;
        }

        Builder dateTail(String regex) {
            dateTail = regex;
            return this;
        }

        Builder subordinators(String... words) {
            subordinators = List.of(words);
            return this;
        }

        Builder adverb(String regex) {
            adverb = regex;
            return this;
        }

        Builder guessesVerbs(boolean guesses) {
            guessesVerbs = guesses;
            return this;
        }

        Builder copulas(String... words) {
            copulas = List.of(words);
            return this;
        }

        Builder infinitive(String regex) {
            infinitive = regex;
            return this;
        }

        Builder datePrefix(String regex) {
            datePrefix = regex;
            return this;
        }

        Builder locutions(String... words) {
            locutions = List.of(words);
            return this;
        }

        Builder connectives(String... words) {
            connectives = List.of(words);
            return this;
        }

        Builder openers(String... words) {
            openers = List.of(words);
            return this;
        }

        Builder participleOpener(String regex) {
            participleOpener = regex;
            return this;
        }

        Builder finiteVerbs(String... words) {
            finiteVerbs = List.of(words);
            return this;
        }

        Builder finiteEnding(String regex) {
            finiteEnding = regex;
            return this;
        }

        Builder clitics(String... words) {
            clitics = List.of(words);
            return this;
        }

        Builder trailingClause(String regex) {
            trailingClause = regex;
            return this;
        }

        Builder boundClause(String regex) {
            boundClause = regex;
            return this;
        }

        Builder reporting(String regex) {
            reporting = regex;
            return this;
        }

        Builder reportingBeforeColon(String regex) {
            reportingBeforeColon = regex;
            return this;
        }

        HeadlineGrammar build() {
            return new HeadlineGrammar(this);
        }
    }
}
