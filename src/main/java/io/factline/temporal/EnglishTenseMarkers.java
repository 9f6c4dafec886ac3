package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English verb forms that reveal a clause's tense: "will"/"'ll"/"would", "is to", "is due/expected/set to", the
 * perfect and past forms ("has said", "was", "-ed", irregular pasts), and present forms announcing an event
 * ("meets on Tuesday", "is meeting").
 */
final class EnglishTenseMarkers implements TenseMarkers {

    private static final Set<String> FUTURE = Lexicon.words("will", "shall", "would", "ll");
    private static final Set<String> PRESENT_BE = Lexicon.words("is", "are", "am");
    private static final Set<String> PAST_BE = Lexicon.words("was", "were");
    private static final Set<String> PERFECT = Lexicon.words("has", "have", "had");
    /** "is due to", "are expected to", "was set to": the event is planned. */
    private static final Set<String> PLANNED = Lexicon.words("due", "expected", "set", "scheduled", "slated",
            "poised", "planned", "planning", "preparing", "going", "about", "likely", "to", "forecast", "predicted",
            "projected", "tipped", "supposed", "bound", "billed", "penciled", "pencilled");
    /** "announced", "called for": announcing something that may still be ahead. */
    private static final Set<String> ANNOUNCING = Lexicon.words("announced", "called", "promised", "pledged",
            "vowed", "threatened", "planned", "scheduled", "proposed", "urged", "set", "confirmed", "unveiled");
    /** Before "be": "will be held", "to be held", "must be held". */
    private static final Set<String> BEFORE_BE = Lexicon.words("will", "would", "shall", "ll", "must", "may",
            "might", "could", "should", "can", "to");
    private static final Set<String> PLANNING_VERBS = Lexicon.words("plans", "plan", "intends", "intend", "aims",
            "aim", "hopes", "hope", "promised", "vowed", "pledged");
    private static final Set<String> SCHEDULING_VERBS = Lexicon.words("meet", "meets", "meeting", "visit",
            "visits", "visiting", "travel", "travels", "travelling", "traveling", "host", "hosts", "hosting", "hold",
            "holds", "holding", "open", "opens", "opening", "begin", "begins", "beginning", "start", "starts",
            "starting", "head", "heads", "heading", "arrive", "arrives", "arriving", "gather", "gathers",
            "gathering", "convene", "convenes", "convening", "vote", "votes", "voting", "resume", "resumes",
            "resuming", "fly", "flies", "flying", "attend", "attends", "attending", "address", "addresses",
            "addressing", "expect", "expects");
    /**
     * Present forms of verbs naming a scheduled happening ("the offer expires Friday", "the court rules Monday",
     * "talks end Thursday"): only the "-s" form or the bare form after a plural subject, since their "-ing" forms
     * open participial clauses about the past ("Speaking Tuesday, he said") and their plurals are rarely nouns.
     */
    private static final Set<String> SCHEDULED_PRESENT = Lexicon.words("expire", "expires", "end", "ends", "close",
            "closes", "conclude", "concludes", "launch", "launches", "leave", "leaves", "depart", "departs", "reopen",
            "reopens", "reconvene", "reconvenes", "testify", "testifies", "appear", "appears", "speak", "speaks",
            "deliver", "delivers", "air", "airs", "premiere", "premieres", "debut", "debuts", "take", "takes",
            "sail", "sails", "rule", "rules", "hear", "hears", "decide", "decides", "go", "goes", "sign", "signs",
            "celebrate", "celebrates", "tour", "tours", "unveil", "unveils", "kick", "kicks", "wrap", "wraps");
    /** "-ing" forms that are mostly nouns ("a cabinet meeting on Saturday"), unlike "arriving". */
    private static final Set<String> ING_NOUNS = Lexicon.words("meeting", "opening", "beginning", "gathering",
            "voting", "holding", "heading", "hosting", "addressing", "starting");
    /** Past verbs of intent: "planned to leave on Thursday" points ahead of the planning. */
    private static final Set<String> PAST_INTENT = Lexicon.words("planned", "intended", "hoped", "decided", "agreed",
            "vowed", "promised", "pledged", "threatened", "wanted", "prepared", "sought", "offered", "refused",
            "expected");
    /** "has scheduled a news conference Thursday", "planned a rally on Saturday": what is arranged is ahead. */
    private static final Set<String> ARRANGING = Lexicon.words("scheduled", "planned", "slated", "rescheduled",
            "postponed", "delayed", "moved", "set");
    /** Subjects after which a bare verb is a verb, not a noun: "they meet", "ministers meet". */
    private static final Set<String> PRONOUNS = Lexicon.words("i", "we", "you", "they");
    private static final Set<String> PRESENT_SPEECH = Lexicon.words("says", "tells", "warns", "insists", "claims");
    private static final Set<String> IRREGULAR_PAST = Lexicon.words("said", "told", "met", "went", "came", "took",
            "gave", "made", "saw", "held", "left", "began", "spoke", "sent", "wrote", "brought", "thought", "found",
            "became", "fell", "rose", "ran", "won", "lost", "struck", "led", "kept", "felt", "got", "knew", "paid",
            "sold", "stood", "fought", "caught", "taught", "built", "meant", "heard", "shot", "drew", "grew",
            "threw", "flew", "chose", "broke", "woke", "wore", "swore", "sought", "bought", "spent", "lent", "bent",
            "dealt", "hung", "forgot", "understood", "withdrew", "overtook", "undertook", "arose", "did", "sank",
            "spoke", "stole", "struck", "swept", "told", "tore", "wept", "slid", "shook", "rode", "rang", "sat");
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.words("been", "done", "gone", "seen", "taken",
            "given", "written", "spoken", "begun", "known", "shown", "grown", "thrown", "flown", "drawn", "chosen",
            "broken", "fallen", "risen", "stolen", "driven", "eaten", "forgotten", "gotten", "hidden", "ridden",
            "shaken", "sworn", "torn", "woken", "worn", "come", "become", "run", "put", "set", "cut", "hit", "let",
            "shut", "spread", "quit", "cost", "hurt");
    /** Words that end in "-ed" without being past verbs. */
    private static final Set<String> NOT_PAST = Lexicon.words("need", "seed", "feed", "speed", "bed", "red", "shed",
            "hundred", "indeed", "embed", "proceed", "exceed", "succeed", "breed", "bleed", "greed", "deed",
            "creed", "weed", "steed", "sled", "wed", "united", "based", "so-called", "armed", "alleged",
            "unprecedented", "detailed", "advanced", "limited", "related", "supposed", "concerned", "interested",
            "qualified", "experienced", "skilled", "sophisticated", "dedicated", "talented", "prepared");
    private static final Set<String> ADVERBS = Lexicon.words("not", "also", "already", "just", "never", "still",
            "now", "since", "previously", "recently", "reportedly", "again", "long", "finally", "only", "n", "t",
            "all", "both", "then", "once", "repeatedly", "even", "ever");

    private final Set<String> determiners;
    private final Map<String, DayOfWeek> weekdays;

    EnglishTenseMarkers(Lexicon lexicon) {
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
        if (word.equals("yesterday")) {
            return Tense.PAST;
        }
        if (word.equals("tomorrow")) {
            return Tense.FUTURE;
        }
        if (FUTURE.contains(word) || isWont(tokens, k)) {
            return word.equals("ll") && !token.apostropheBefore ? null : Tense.FUTURE;
        }
        if (PRESENT_BE.contains(word)) {
            return isCopulaBeforeDay(tokens, k) ? Tense.SCHEDULED : presentBe(tokens, k);
        }
        if (PAST_BE.contains(word)) {
            int next = skipAdverbs(tokens, k + 1);
            return next >= 0 && PLANNED.contains(tokens[next].lower) ? Tense.SCHEDULED : Tense.PAST;
        }
        if (PERFECT.contains(word)) {
            int next = skipAdverbs(tokens, k + 1);
            if (next < 0 || !isParticiple(tokens[next].lower)) {
                return null;
            }
            if (ARRANGING.contains(tokens[next].lower)) {
                return Tense.SCHEDULED;
            }
            return ANNOUNCING.contains(tokens[next].lower) ? Tense.ANNOUNCED : Tense.PAST;
        }
        boolean toFollows = k + 1 < tokens.length && tokens[k + 1].lower.equals("to");
        if ((PLANNING_VERBS.contains(word) || PAST_INTENT.contains(word)) && toFollows) {
            return Tense.FUTURE;
        }
        if (SCHEDULING_VERBS.contains(word) && !ING_NOUNS.contains(word)) {
            if (k > 0 && determiners.contains(tokens[k - 1].norm)) {
                return null;
            }
            boolean inflected = word.endsWith("s") && !word.endsWith("ss") || word.endsWith("ing");
            return inflected || k > 0 && isPluralSubject(tokens[k - 1]) ? Tense.SCHEDULED : null;
        }
        if (SCHEDULED_PRESENT.contains(word)) {
            if (k > 0 && determiners.contains(tokens[k - 1].norm)) {
                return null;
            }
            boolean inflected = word.endsWith("s") && !word.endsWith("ss");
            return inflected || k > 0 && isPluralSubject(tokens[k - 1]) ? Tense.SCHEDULED : null;
        }
        if (PRESENT_SPEECH.contains(word)) {
            return Tense.PRESENT;
        }
        if (IRREGULAR_PAST.contains(word) || (isRegularPast(word) && !token.isCapitalized())) {
            if (k > 0 && determiners.contains(tokens[k - 1].norm)) {
                return null; // "a revised text", "the injured man": an adjective, not a past verb
            }
            return pastForm(tokens, k);
        }
        return null;
    }

    @Override
    public Tense forExpressionBefore(Token[] tokens, int k, Tense tense) {
        if (tense == Tense.FUTURE && PAST_INTENT.contains(tokens[k].lower)) {
            return Tense.PAST;
        }
        return tense == Tense.SCHEDULED && ARRANGING.contains(tokens[k].lower) ? Tense.ANNOUNCED : tense;
    }

    /** "they meet", "ministers meet": a bare verb after a pronoun or a plural noun; "a televised address" is a noun. */
    private static boolean isPluralSubject(Token previous) {
        if (!previous.isWord()) {
            return false;
        }
        String word = previous.lower;
        return PRONOUNS.contains(word) || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("ous") && !ADVERBS.contains(word);
    }

    /** "held" is past, but "will be held" future, "is expected" present and "have announced" an announcement. */
    private static Tense pastForm(Token[] tokens, int k) {
        int previous = k - 1;
        while (previous >= 0 && tokens[previous].isWord() && ADVERBS.contains(tokens[previous].lower)) {
            previous--;
        }
        String before = previous >= 0 ? tokens[previous].lower : "";
        if (before.equals("be")) {
            String modal = previous >= 1 ? tokens[previous - 1].lower : "";
            return modal.equals("to") ? Tense.SCHEDULED : BEFORE_BE.contains(modal) ? Tense.FUTURE : null;
        }
        if (PRESENT_BE.contains(before)) {
            return presentBe(tokens, previous);
        }
        if (before.equals("being")) {
            return Tense.PRESENT;
        }
        if (ARRANGING.contains(tokens[k].lower) && !tokens[k].lower.equals("set")) {
            return Tense.SCHEDULED;
        }
        return ANNOUNCING.contains(tokens[k].lower) ? Tense.ANNOUNCED : Tense.PAST;
    }

    /**
     * "the vote is Friday", "the deadline is on Monday", "the hearing is at 10 a.m. Tuesday", "the deadline is
     * midnight Saturday": a happening placed on a
     * day by "is" alone is ahead; a past one would be told with "was".
     */
    private boolean isCopulaBeforeDay(Token[] tokens, int k) {
        boolean numberNext = k + 1 < tokens.length && tokens[k + 1].isNumber();
        int next = numberNext ? k + 1 : skipAdverbs(tokens, k + 1);
        if (next < 0) {
            return false;
        }
        String word = tokens[next].norm;
        if (weekdays.containsKey(word)) {
            return true;
        }
        if (word.equals("on")) {
            return next + 1 < tokens.length && weekdays.containsKey(tokens[next + 1].norm);
        }
        boolean clockFollows = tokens[next].isNumber() || CLOCK_WORDS.contains(word);
        if (!word.equals("at") && !clockFollows) {
            return false;
        }
        for (int i = clockFollows ? next : next + 1; i < tokens.length && i <= next + 7; i++) {
            Token token = tokens[i];
            if (weekdays.containsKey(token.norm)) {
                return i > next;
            }
            boolean clockPart = token.isNumber() || token.isPunct('.') || token.isPunct(':')
                    || token.isWord() && (token.text.length() == 1 || CLOCK_WORDS.contains(token.norm)
                            || token.text.length() <= 4 && token.text.equals(token.text.toUpperCase(Locale.ROOT)));
            if (!clockPart) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CLOCK_WORDS = Lexicon.words("noon", "midnight");

    /** "is to", "is expected to", "are meeting": planned; any other "is": present. */
    private static Tense presentBe(Token[] tokens, int k) {
        int next = skipAdverbs(tokens, k + 1);
        if (next < 0) {
            return Tense.PRESENT;
        }
        String word = tokens[next].lower;
        if (PLANNED.contains(word)) {
            return Tense.SCHEDULED;
        }
        if (word.endsWith("ing")) {
            return SCHEDULING_VERBS.contains(word) ? Tense.SCHEDULED : Tense.PRESENT;
        }
        return Tense.PRESENT;
    }

    private static boolean isWont(Token[] tokens, int k) {
        return tokens[k].lower.equals("won") && k + 1 < tokens.length && tokens[k + 1].apostropheBefore
                && tokens[k + 1].lower.equals("t");
    }

    private static int skipAdverbs(Token[] tokens, int from) {
        for (int i = from; i < tokens.length && i < from + 3; i++) {
            if (!tokens[i].isWord()) {
                return -1;
            }
            if (!ADVERBS.contains(tokens[i].lower) && !tokens[i].lower.endsWith("ly")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isParticiple(String word) {
        return isRegularPast(word) || IRREGULAR_PAST.contains(word) || IRREGULAR_PARTICIPLES.contains(word);
    }

    private static boolean isRegularPast(String word) {
        return word.length() >= 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
    }
}
