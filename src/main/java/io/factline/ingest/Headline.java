package io.factline.ingest;

import io.factline.temporal.Dateline;
import io.factline.temporal.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and ids of machine-made events. A title is the main clause of the sentence that reports the event:
 * subject, verb and complement, without the date (the event shows it apart), the appositions and incises between
 * subject and verb, a leading circumstantial or participial phrase, relative, subordinate and reporting clauses,
 * then cut on a phrase boundary to at most {@value #MAX_TITLE} characters. Rule-based, from the word lists of
 * {@link HeadlineGrammar}.
 */
public final class Headline {

    static final int MAX_TITLE = 90;
    static final int MAX_SLUG_WORDS = 6;
    static final int MAX_SLUG = 80;

    /** A clause is only cut off when what stays before it is at least this long. */
    private static final int MIN_CLAUSE = 20;
    /** ... or this long when the main verb stands before the clause. */
    private static final int MIN_VERB_CLAUSE = 10;
    /** A long title is cut at a comma rather than at a later preposition when that keeps at least this much. */
    private static final int MIN_AT_COMMA = 50;
    /** A speaker is named within this many words of the reporting verb. */
    private static final int MAX_SPEAKER_OFFSET = 10;
    /** Subjects longer than this many words are not looked into for an apposition. */
    private static final int MAX_SUBJECT_WORDS = 12;

    /** Reflexive and negative clitics: a verb follows them. */
    private static final Set<String> REFLEXIVE = Set.of("se", "s'", "ne", "n'");

    private static final String OPENERS = "«“‘\"'([";
    private static final String DANGLING = ",;:-–—«“‘\"'([/&_";
    private static final Pattern WORD = Pattern.compile("aujourd'hui|presqu'île|[\\p{L}\\p{N}]+'"
            + "|[\\p{L}\\p{N}]+(?:[-.'][\\p{L}\\p{N}]+)*");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile(" ([,.])");
    private static final Pattern REPEATED_COMMAS = Pattern.compile(",(\\s*,)+");
    private static final Pattern DOUBLE_SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern EMPTY_QUOTES = Pattern.compile("« »|“ ”");
    private static final Pattern DASHED_ASIDE = Pattern.compile(" [–—-] [^–—]+? [–—-](?=[ ,.;:])");
    private static final Pattern HARD_BREAK = Pattern.compile("; | [–—-] | ?: |(?<=\\s\\p{Ll}{2,30})(?<!\\svs|\\setc|\\scf)[.!?] (?=\\p{Lu})");

    private Headline() {
    }

    /** The headline of {@code sentence}, in the language its function words suggest. */
    public static String title(String sentence) {
        return title(sentence, -1, -1);
    }

    /**
     * As {@link #title(Language, String, int, int)}, in the language the sentence's function words suggest.
     */
    public static String title(String sentence, int dateStart, int dateEnd) {
        return title(guessLanguage(sentence), sentence, dateStart, dateEnd);
    }

    /**
     * The headline of {@code sentence}, written in {@code language}: its main clause without the date that
     * {@code dateStart}, {@code dateEnd} (UTF-16 indices in the sentence, or -1) mark, at most {@value #MAX_TITLE}
     * characters, never ending on a comma or a function word.
     */
    public static String title(Language language, String sentence, int dateStart, int dateEnd) {
        HeadlineGrammar grammar = HeadlineGrammar.of(language);
        String text = sentence;
        if (dateStart >= 0 && dateEnd > dateStart && dateEnd <= sentence.length()) {
            text = removeDate(text, dateStart, dateEnd, grammar);
        }
        text = removeOtherDates(text, grammar);
        text = text.replace("``", "“").replace("''", "”");
        text = spaces(text);
        text = stripLeading(text);
        text = Dateline.strip(text);
        text = dropAsides(text);
        text = dropOpeners(text, grammar);
        text = cutAtHardBreak(text, grammar);
        text = dropOpeners(text, grammar);
        text = dropSubjectIncise(text, grammar);
        text = cutTrailingClauses(text, grammar);
        text = balanceQuotes(spaces(text));
        text = fit(text, grammar);
        text = endOnAContentWord(text, grammar);
        if (text.isBlank()) {
            text = endOnAContentWord(fit(balanceQuotes(spaces(stripLeading(sentence))), grammar), grammar);
        }
        return capitalise(text);
    }

    /** A readable id: the date value and the first content words of the title, ASCII, lower case, '-'. */
    public static String slug(String dateValue, String title) {
        List<String> words = new ArrayList<>();
        for (String word : Words.contentWords(title)) {
            String ascii = word.replaceAll("[^a-z0-9]", "");
            if (!ascii.isEmpty() && !words.contains(ascii)) {
                words.add(ascii);
            }
            if (words.size() == MAX_SLUG_WORDS) {
                break;
            }
        }
        StringBuilder slug = new StringBuilder(dateValue.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        for (String word : words) {
            if (slug.length() + 1 + word.length() > MAX_SLUG) {
                break;
            }
            slug.append('-').append(word);
        }
        String id = slug.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "event" : id;
    }

    static Language guessLanguage(String sentence) {
        int french = 0;
        int english = 0;
        for (Word word : words(sentence)) {
            if (HeadlineGrammar.FRENCH.isFunctionWord(word.norm)) {
                french++;
            }
            if (HeadlineGrammar.ENGLISH.isFunctionWord(word.norm)) {
                english++;
            }
        }
        return english > french ? Language.EN : Language.FR;
    }

    // ---- the date ----

    /**
     * Takes the date phrase [{@code start}, {@code end}) out of {@code text}, with the prepositions before it and
     * the words that finish it ("dès hier", "vendredi dernier"), and mends the commas around it.
     */
    static String removeDate(String text, int start, int end, HeadlineGrammar grammar) {
        String norm = HeadlineGrammar.norm(text);
        if (norm.startsWith("'s ", end)) {
            // "last month's discovery", "Sunday's service": the date stands for an article
            String head = text.substring(0, start);
            return head + (head.isBlank() ? "The" : "the") + text.substring(end + 2);
        }
        int to = end;
        Matcher tail = grammar.dateTail.matcher(norm.substring(to));
        if (tail.lookingAt()) {
            to += tail.end();
        }
        Word following = firstWord(text.substring(to));
        if (following != null && following.start == 1 && text.charAt(to) == ' '
                && isLowerCase(text.substring(to), following) && !grammar.isFunctionWord(following.norm)
                && !grammar.isFiniteVerb(following.norm) && endsOnArticle(text.substring(0, start), grammar)) {
            // "the Oct. 23 slaying", "the 1998 bombing": the date qualifies a noun, its article stays
            return text.substring(0, start).stripTrailing() + " " + text.substring(to).stripLeading();
        }
        int from = start;
        for (int round = 0; round < 3; round++) {
            int extended = extendOverPreposition(norm, from, grammar);
            if (extended == from) {
                break;
            }
            from = extended;
        }
        String before = text.substring(0, from).stripTrailing();
        String after = text.substring(to).stripLeading();
        if (before.isBlank() || "«“\"(`".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return before + (after.startsWith(",") ? after.substring(1).stripLeading() : after);
        }
        boolean commaBefore = before.endsWith(",");
        boolean commaAfter = after.startsWith(",");
        if (commaBefore && commaAfter) {
            Word next = firstWord(after.substring(1));
            List<Word> head = words(before);
            boolean afterVerb = !head.isEmpty() && grammar.isFiniteVerb(head.get(head.size() - 1).norm);
            boolean phraseGoesOn = next != null && grammar.phraseStarts.contains(next.norm)
                    && !grammar.relatives.contains(next.norm);
            if (afterVerb || phraseGoesOn) {
                return before.substring(0, before.length() - 1) + " " + after.substring(1).stripLeading();
            }
            return before + " " + after.substring(1).stripLeading();
        }
        if (commaAfter) {
            Word next = firstWord(after.substring(1));
            if (next != null && grammar.phraseStarts.contains(next.norm) && !grammar.relatives.contains(next.norm)) {
                return before + " " + after.substring(1).stripLeading();
            }
        }
        Word next = firstWord(after);
        if (commaBefore && next != null && next.start == 0 && isLowerCase(after, next)
                && grammar.isFiniteVerb(next.norm) && !grammar.clitics.contains(next.norm)) {
            // "The embassy bombings, on Aug. 7 killed": the comma stood before the date, not the verb
            return before.substring(0, before.length() - 1) + " " + after;
        }
        if (commaBefore && (after.isEmpty() || ".!?;:".indexOf(after.charAt(0)) >= 0)) {
            return before.substring(0, before.length() - 1) + after;
        }
        if (before.endsWith("(") || after.startsWith(")") || after.isEmpty() || ".,;:!?»”)".indexOf(after.charAt(0)) >= 0) {
            return before + after;
        }
        return before + " " + after;
    }

    /** True when {@code before} ends on an article or a demonstrative ("the", "this"; not "au", "du"). */
    private static boolean endsOnArticle(String before, HeadlineGrammar grammar) {
        List<Word> words = words(before);
        if (words.isEmpty() || words.get(words.size() - 1).end != before.stripTrailing().length()) {
            return false;
        }
        String last = words.get(words.size() - 1).norm;
        return grammar.determiners.contains(last) && !grammar.prepositions.contains(last);
    }

    /** Where the date phrase starts when the preposition before {@code from} goes with it. */
    private static int extendOverPreposition(String norm, int from, HeadlineGrammar grammar) {
        String before = norm.substring(0, from);
        Matcher prefix = grammar.datePrefix.matcher(before);
        if (prefix.find()) {
            return prefix.start();
        }
        String trimmed = before.stripTrailing();
        for (String preposition : grammar.datePrepositions) {
            boolean elided = preposition.endsWith("'") || preposition.endsWith("-");
            String head = elided ? before : trimmed;
            if (!elided && trimmed.length() == before.length() && !before.isEmpty()) {
                continue; // "l'année": only an elided word touches the date
            }
            if (head.endsWith(preposition)) {
                int at = head.length() - preposition.length();
                if (at == 0 || !Character.isLetterOrDigit(head.charAt(at - 1)) && head.charAt(at - 1) != '\'') {
                    return at;
                }
            }
        }
        return from;
    }

    /** Takes out the other dates of the sentence the word lists know ("hier", "mardi soir", "vers 18 h"). */
    private static String removeOtherDates(String text, HeadlineGrammar grammar) {
        String result = text;
        for (int round = 0; round < 6; round++) {
            Matcher m = grammar.otherDates.matcher(HeadlineGrammar.norm(result));
            if (!m.find()) {
                break;
            }
            String removed = removeDate(result, m.start(), m.end(), grammar);
            if (removed.equals(result)) {
                break;
            }
            result = removed;
        }
        return result;
    }

    // ---- the clauses ----

    private static String dropAsides(String text) {
        String result = text;
        for (String previous = null; !result.equals(previous); ) {
            previous = result;
            result = PARENTHESIS.matcher(result).replaceAll("");
        }
        return DASHED_ASIDE.matcher(result).replaceAll("");
    }

    /**
     * Cuts at a semicolon, a spaced dash or a colon. "X a déclaré : « Y »" becomes "X : « Y »" when that fits.
     */
    private static String cutAtHardBreak(String text, HeadlineGrammar grammar) {
        Matcher m = HARD_BREAK.matcher(text);
        while (m.find()) {
            if (m.start() < 3) {
                continue;
            }
            String before = text.substring(0, m.start());
            String after = text.substring(m.end()).strip();
            if (m.group().contains(":")) {
                if (words(before).size() <= 3) {
                    continue; // "Stoltenberg : ...": a title already
                }
                Matcher reporting = grammar.reportingBeforeColon.matcher(HeadlineGrammar.norm(before));
                if (reporting.find() && !after.isEmpty() && "«“\"".indexOf(after.charAt(0)) >= 0) {
                    String speaker = before.substring(0, reporting.start()).strip();
                    String quote = closeQuote(after);
                    String speech = speaker + " : " + quote;
                    if (quote != null && speech.length() <= MAX_TITLE && speaker.length() > 0) {
                        return speech;
                    }
                }
            }
            if (before.length() < MIN_CLAUSE && m.group().contains(":")) {
                continue;
            }
            return before;
        }
        return text;
    }

    /** The quotation {@code text} opens on, up to its closing mark, or null. */
    private static String closeQuote(String text) {
        char open = text.charAt(0);
        char close = open == '«' ? '»' : open == '“' ? '”' : '"';
        int end = text.indexOf(close, 1);
        return end < 0 ? null : text.substring(0, end + 1);
    }

    /** Drops leading connectives and a leading circumstantial or participial phrase up to its comma. */
    static String dropOpeners(String text, HeadlineGrammar grammar) {
        String result = text.strip();
        for (int round = 0; round < 5; round++) {
            String next = dropOneOpener(result, grammar);
            if (next.equals(result)) {
                return result;
            }
            result = next;
        }
        return result;
    }

    private static String dropOneOpener(String text, HeadlineGrammar grammar) {
        if (text.startsWith(",")) {
            return text.substring(1).strip();
        }
        List<Word> words = words(text);
        if (words.size() < 2) {
            return text;
        }
        Word first = words.get(0);
        if (first.start > 2 || first.start > 0 && "«“\"".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        Word head = first;
        if ((first.norm.equals("s'") || first.norm.equals("se")) && words.size() > 2) {
            head = words.get(1);
        }
        String two = first.norm + " " + words.get(1).norm;
        for (String connective : new String[] {two, first.norm}) {
            if (grammar.connectives.contains(connective)) {
                int end = connective.equals(two) ? words.get(1).end : first.end;
                String rest = text.substring(end).strip();
                rest = rest.startsWith(",") ? rest.substring(1).strip() : rest;
                return words(rest).size() >= 3 ? rest : text;
            }
        }
        Word second = words.get(words.indexOf(head) + 1);
        boolean participle = grammar.participleOpener.matcher(head.norm).matches()
                && !grammar.isFunctionWord(head.norm) && isLowerCase(text, second)
                && !grammar.auxiliaries.contains(head.norm) && !grammar.relatives.contains(second.norm)
                && !grammar.isFiniteVerb(second.norm);
        boolean subordinate = grammar.subordinators.contains(first.norm);
        boolean opener = grammar.openers.contains(first.norm)
                || grammar.adverb.matcher(first.norm).matches() && text.startsWith(",", first.end);
        // "Instance représentant les Français de culte musulman, le CFCM ...": a noun phrase set before the subject
        boolean apposition = !grammar.isFunctionWord(first.norm) && Character.isUpperCase(text.charAt(first.start))
                && isLowerCase(text, second) && grammar.participleOpener.matcher(second.norm).matches()
                && !grammar.isFiniteVerb(second.norm) && !grammar.clitics.contains(second.norm);
        if (!participle && !opener && !apposition && !subordinate) {
            return text;
        }
        int comma = -1;
        for (int round = 0; round < 3; round++) {
            comma = topLevelComma(text, comma + 1);
            if (comma < 0) {
                return text;
            }
            String chunk = text.substring(0, comma);
            String rest = text.substring(comma + 1).strip();
            List<Word> restWords = words(rest);
            if (restWords.size() < 3) {
                return text;
            }
            if (!participle && !subordinate && hasFiniteVerbOutsideRelative(chunk, grammar)) {
                return text;
            }
            if (apposition && !participle && !opener && words(chunk).size() < 3) {
                return text;
            }
            if (opensOnSubject(rest, restWords, grammar)) {
                return rest;
            }
        }
        return text;
    }

    /** True when {@code rest} starts the way a subject does: a determiner, a name, a pronoun, a quotation. */
    private static boolean opensOnSubject(String rest, List<Word> words, HeadlineGrammar grammar) {
        if ("«“\"".indexOf(rest.charAt(0)) >= 0) {
            return true;
        }
        Word first = words.get(0);
        if (grammar.isFiniteVerb(first.norm) || grammar.auxiliaries.contains(first.norm)) {
            return false;
        }
        if (!grammar.isFunctionWord(first.norm) && words.size() > 2) {
            // "federal immigration officials said ...": a bare noun phrase and its verb within a few words
            for (int i = 1; i < Math.min(words.size(), 5); i++) {
                if (rest.substring(words.get(i - 1).end, words.get(i).start).contains(",")) {
                    break;
                }
                if (isVerb(rest, words.get(i), grammar)) {
                    return true;
                }
            }
        }
        return Character.isUpperCase(rest.charAt(first.start)) || grammar.isFunctionWord(first.norm)
                && !grammar.phraseStarts.contains(first.norm) || Character.isDigit(rest.charAt(first.start));
    }

    /**
     * "X, apposition, verb ..." becomes "X verb ...": the phrases between the subject and the verb go, unless the
     * first is a name ("Le secrétaire général de l'OTAN, Jens Stoltenberg, a déclaré"), which joins the subject.
     */
    static String dropSubjectIncise(String text, HeadlineGrammar grammar) {
        List<int[]> segments = segments(text);
        if (segments.size() < 3) {
            return text;
        }
        String subject = slice(text, segments.get(0));
        List<Word> subjectWords = words(subject);
        if (subjectWords.isEmpty() || subjectWords.size() > MAX_SUBJECT_WORDS || hasFiniteVerb(subject, grammar)
                || grammar.relatives.contains(subjectWords.get(0).norm)) {
            return text;
        }
        for (boolean strict : new boolean[] {true, false}) {
            for (int k = 1; k <= 3 && k + 1 < segments.size(); k++) {
                String incise = slice(text, segments.get(k));
                List<Word> inciseWords = words(incise);
                if (inciseWords.isEmpty() || hasFiniteVerbOutsideRelative(incise, grammar)
                        && !grammar.relatives.contains(inciseWords.get(0).norm)) {
                    break;
                }
                String rest = text.substring(segments.get(k + 1)[0]).strip();
                if (opensOnVerb(rest, grammar, strict)) {
                    String name = slice(text, segments.get(1));
                    if (k == 1 && isName(name, grammar)) {
                        return subject + " " + name + " " + rest;
                    }
                    return subject + " " + rest;
                }
            }
        }
        return text;
    }

    /** True when {@code phrase} opens on a verb: an auxiliary, a finite ending, or a lower-case content word. */
    private static boolean opensOnVerb(String phrase, HeadlineGrammar grammar, boolean strict) {
        boolean ambiguous = false;
        for (Word word : words(phrase)) {
            if (REFLEXIVE.contains(word.norm)) {
                return true;
            }
            if (grammar.finiteVerbs.contains(word.norm) || grammar.isFiniteVerb(word.norm)) {
                return true;
            }
            if (grammar.clitics.contains(word.norm)) {
                // "le", "la", "les", "en" are articles and prepositions too: only a sure verb may follow them
                ambiguous |= grammar.isFunctionWord(word.norm) && !REFLEXIVE.contains(word.norm)
                        && !word.norm.equals("y") && !word.norm.equals("l'");
                continue;
            }
            return !strict && grammar.guessesVerbs && !ambiguous && isLowerCase(phrase, word) && !grammar.isFunctionWord(word.norm)
                    && !Character.isDigit(word.norm.charAt(0));
        }
        return false;
    }


    /** A proper name: capitalised words, at most four of them besides particles. */
    private static boolean isName(String phrase, HeadlineGrammar grammar) {
        List<Word> words = words(phrase);
        int capitalised = 0;
        for (Word word : words) {
            if (Character.isUpperCase(phrase.charAt(word.start))) {
                capitalised++;
            } else if (!grammar.isFunctionWord(word.norm)) {
                return false;
            }
        }
        return capitalised >= 1 && capitalised <= 4 && Character.isUpperCase(phrase.charAt(words.get(0).start));
    }

    /**
     * Cuts off the relative, subordinate, participial and reporting clauses that follow the main verb. When the
     * reported words are a quotation and the reporting clause names a speaker, the title is "Speaker : « ... »".
     */
    static String cutTrailingClauses(String text, HeadlineGrammar grammar) {
        String norm = HeadlineGrammar.norm(text);
        int verb = mainVerb(text, grammar);
        int floor = verb < 0 ? MIN_CLAUSE : Math.max(MIN_VERB_CLAUSE, verb + 1);
        int cut = text.length();
        Matcher reporting = grammar.reporting.matcher(norm);
        while (reporting.find()) {
            String head = text.substring(0, reporting.start()).stripTrailing();
            boolean closesQuote = reporting.group().length() > 1 && "»”\"".indexOf(reporting.group().charAt(1)) >= 0;
            if (reporting.start() >= MIN_CLAUSE / 2 && (isTopLevel(text, reporting.start()) || closesQuote)
                    && (reporting.group().startsWith(",")
                    || !head.isEmpty() && "»”\"".indexOf(head.charAt(head.length() - 1)) >= 0)) {
                String said = text.substring(0, reporting.start()).strip();
                String speaker = speaker(text.substring(reporting.start()), grammar);
                String group = reporting.group();
                if (group.length() > 1 && "»”\"".indexOf(group.charAt(1)) >= 0) {
                    said = said + group.charAt(1); // ",” Kavan said": the quotation closes after its comma
                }
                if (speaker != null && !said.isEmpty() && "«“\"".indexOf(said.charAt(0)) >= 0) {
                    String quote = closeQuote(said);
                    if (quote != null && quote.length() + speaker.length() + 3 <= MAX_TITLE) {
                        return speaker + " : " + quote;
                    }
                }
                cut = reporting.start();
                break;
            }
        }
        Matcher trailing = grammar.trailingClause.matcher(norm);
        while (trailing.find()) {
            if (trailing.start() >= floor && trailing.start() < cut && isTopLevel(text, trailing.start())) {
                cut = trailing.start();
                break;
            }
        }
        if (verb >= 0) {
            Matcher bound = grammar.boundClause.matcher(norm);
            while (bound.find()) {
                if (bound.start() > verb && bound.start() >= MIN_VERB_CLAUSE && bound.start() < cut
                        && isTopLevel(text, bound.start()) && !(grammar.relatives.contains(firstWord(bound.group()).norm)
                        && definesAPredicate(text, bound.start(), grammar))) {
                    cut = bound.start();
                    // "sur la RD 184, la route qui relie ...": the apposition the relative defined goes too
                    int comma = text.lastIndexOf(", ", cut);
                    if (comma > verb && comma > MIN_CLAUSE) {
                        List<Word> apposition = words(text.substring(comma + 2, cut));
                        if (apposition.size() <= 3 && !apposition.isEmpty()
                                && grammar.isFunctionWord(apposition.get(0).norm)) {
                            cut = comma;
                        }
                    }
                    break;
                }
            }
        }
        return text.substring(0, cut);
    }

    /**
     * True when the relative at {@code at} defines a predicate noun ("L'espoir est le mot qui ...", "C'est lui
     * qui ..."): without it the clause says nothing.
     */
    private static boolean definesAPredicate(String text, int at, HeadlineGrammar grammar) {
        List<Word> before = words(text.substring(0, at));
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
            if (grammar.copulas.contains(before.get(i).norm)) {
                return true;
            }
        }
        return false;
    }

    /** The speaker a reporting clause names: a run of capitalised words ("Kirill Budanov", "Bauer"), or null. */
    private static String speaker(String clause, HeadlineGrammar grammar) {
        List<Word> words = words(clause);
        int from = -1;
        int to = -1;
        for (int i = 0; i < words.size() && (from >= 0 || i < MAX_SPEAKER_OFFSET); i++) {
            Word word = words.get(i);
            boolean capital = Character.isUpperCase(clause.charAt(word.start));
            if (capital && !grammar.isFunctionWord(word.norm)) {
                if (from < 0) {
                    from = word.start;
                }
                to = word.end;
            } else if (from >= 0) {
                break;
            }
        }
        return from < 0 ? null : clause.substring(from, to);
    }

    /**
     * Where the main clause's verb stands: the first auxiliary or finite form that no relative pronoun before it
     * claims; -1 when the word lists find none.
     */
    static int mainVerb(String text, HeadlineGrammar grammar) {
        boolean inRelative = false;
        int depth = 0;
        for (Word word : words(text)) {
            depth = quoteDepth(text, word.start);
            if (depth > 0) {
                continue;
            }
            if (grammar.relatives.contains(word.norm) && !word.norm.startsWith("qu")) {
                inRelative = true;
                continue;
            }
            if (REFLEXIVE.contains(word.norm) || isVerb(text, word, grammar)) {
                if (inRelative) {
                    inRelative = false;
                    continue;
                }
                return word.start;
            }
        }
        return -1;
    }

    private static boolean hasFiniteVerb(String text, HeadlineGrammar grammar) {
        for (Word word : words(text)) {
            if (isVerb(text, word, grammar)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #hasFiniteVerb}, looking only before the first relative pronoun: "construit sous X qui a été". */
    private static boolean hasFiniteVerbOutsideRelative(String text, HeadlineGrammar grammar) {
        for (Word word : words(text)) {
            if (grammar.relatives.contains(word.norm) && !word.norm.startsWith("qu") && !word.norm.equals("that")) {
                return false;
            }
            if (isVerb(text, word, grammar)) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb or auxiliary, not "l'est" (the east) nor a clitic. */
    private static boolean isVerb(String text, Word word, HeadlineGrammar grammar) {
        if (!grammar.isFiniteVerb(word.norm) || grammar.clitics.contains(word.norm)) {
            return false;
        }
        if (word.norm.equals("a") && text.charAt(word.start) == 'A') {
            return false; // "A Mitrovica, ...": "À" typed without its accent
        }
        String norm = HeadlineGrammar.norm(text);
        boolean afterArticle = word.start >= 2 && norm.charAt(word.start - 1) == '\''
                && (norm.charAt(word.start - 2) == 'l' || norm.charAt(word.start - 2) == 'd')
                && (word.start == 2 || !Character.isLetter(norm.charAt(word.start - 3)));
        return !(afterArticle && word.norm.equals("est"));
    }

    // ---- the length ----

    /**
     * Cuts {@code text} longer than {@value #MAX_TITLE} characters before a preposition, a conjunction or at a
     * comma, the last such place that fits; a proper name ("Pays de Galles") and a quotation are not cut.
     */
    static String fit(String text, HeadlineGrammar grammar) {
        String result = endOnAContentWord(text, grammar);
        if (result.codePointCount(0, result.length()) <= MAX_TITLE) {
            return result;
        }
        int verb = mainVerb(result, grammar);
        int lastBoundary = -1;
        int lastComma = -1;
        List<Word> words = words(result);
        for (int i = 1; i < words.size(); i++) {
            Word word = words.get(i);
            Word previous = words.get(i - 1);
            if (word.start > MAX_TITLE || quoteDepth(result, word.start) > 0) {
                continue;
            }
            String before = result.substring(0, word.start).stripTrailing();
            boolean comma = before.endsWith(",");
            boolean starts = grammar.phraseStarts.contains(word.norm) && !insideName(result, previous, words, i);
            if (!comma && !starts || word.start <= verb) {
                continue;
            }
            String candidate = endOnAContentWord(before, grammar);
            if (candidate.codePointCount(0, candidate.length()) > MAX_TITLE || words(candidate).size() < 3
                    || endsOnACutPhrase(candidate, grammar)) {
                continue;
            }
            lastBoundary = word.start;
            if (comma && candidate.length() >= MIN_AT_COMMA) {
                lastComma = word.start;
            }
        }
        int cut = lastComma >= 0 ? lastComma : lastBoundary;
        if (cut < 0) {
            int limit = result.offsetByCodePoints(0, MAX_TITLE);
            int space = result.lastIndexOf(' ', limit);
            cut = space > 0 ? space : limit;
        }
        return endOnAContentWord(result.substring(0, cut), grammar);
    }

    /**
     * True when {@code candidate} ends on a phrase cut short: a conjunction or a preposition and one lower-case
     * word ("et transporté", "pour participer").
     */
    private static boolean endsOnACutPhrase(String candidate, HeadlineGrammar grammar) {
        List<Word> words = words(candidate);
        if (words.size() < 3) {
            return false;
        }
        Word last = words.get(words.size() - 1);
        Word before = words.get(words.size() - 2);
        if (grammar.isFunctionWord(last.norm) || !isLowerCase(candidate, last)) {
            return false;
        }
        boolean verbForm = grammar.participleOpener.matcher(last.norm).matches()
                || grammar.infinitive.matcher(last.norm).matches();
        boolean conjunction = grammar.phraseStarts.contains(before.norm) && !grammar.prepositions.contains(before.norm)
                && !grammar.relatives.contains(before.norm) && verbForm;
        boolean infinitive = grammar.prepositions.contains(before.norm) && grammar.infinitive.matcher(last.norm).matches();
        return conjunction || infinitive;
    }

    /** True when the particle at {@code i} joins two capitalised words ("Pays de Galles", "Cour d'appel"). */
    private static boolean insideName(String text, Word previous, List<Word> words, int i) {
        if (i + 1 >= words.size() || !Character.isUpperCase(text.charAt(previous.start))) {
            return false;
        }
        Word word = words.get(i);
        Word next = words.get(i + 1);
        boolean elidedCapital = word.norm.endsWith("'") && word.end < text.length()
                && Character.isUpperCase(text.charAt(word.end));
        return elidedCapital || Character.isUpperCase(text.charAt(next.start)) && next.start == word.end + 1;
    }

    /** Strips final punctuation and function words ("de la", "of the"), keeping at least two words. */
    static String endOnAContentWord(String text, HeadlineGrammar grammar) {
        String result = stripTrailing(text);
        while (true) {
            List<Word> words = words(result);
            if (words.size() <= 2) {
                return result;
            }
            Word last = words.get(words.size() - 1);
            boolean trailingElision = last.norm.endsWith("'") && last.end >= result.length();
            if (!result.isEmpty() && "»”\"".indexOf(result.charAt(result.length() - 1)) >= 0
                    && balanceQuotes(result).equals(result)) {
                return result;
            }
            int locution = locutionAtEnd(result, grammar);
            if (locution > 0) {
                result = stripTrailing(result.substring(0, locution));
                continue;
            }
            if (!grammar.isFunctionWord(last.norm) && !trailingElision) {
                return balanceQuotes(result);
            }
            result = stripTrailing(result.substring(0, last.start));
        }
    }

    /** Where a locution that needs a complement ("par rapport", "à la suite") ends {@code text}, or -1. */
    private static int locutionAtEnd(String text, HeadlineGrammar grammar) {
        String norm = HeadlineGrammar.norm(text);
        for (String locution : grammar.locutions) {
            if (norm.endsWith(locution)) {
                int at = norm.length() - locution.length();
                if (at > 0 && !Character.isLetterOrDigit(norm.charAt(at - 1)) && norm.charAt(at - 1) != '\'') {
                    return at;
                }
            }
        }
        return -1;
    }

    // ---- text helpers ----

    record Word(int start, int end, String norm) {
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(HeadlineGrammar.norm(text));
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    private static Word firstWord(String text) {
        List<Word> words = words(text);
        return words.isEmpty() ? null : words.get(0);
    }

    private static boolean isLowerCase(String text, Word word) {
        return Character.isLowerCase(text.charAt(word.start));
    }

    /** The [start, end) spans of {@code text} between commas outside quotations and brackets. */
    private static List<int[]> segments(String text) {
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        for (int comma = topLevelComma(text, 0); comma >= 0; comma = topLevelComma(text, comma + 1)) {
            segments.add(new int[] {start, comma});
            start = comma + 1;
        }
        segments.add(new int[] {start, text.length()});
        return segments;
    }

    private static String slice(String text, int[] span) {
        return text.substring(span[0], span[1]).strip();
    }

    /** The first comma from {@code from} on that is followed by a space and stands outside quotes and brackets. */
    private static int topLevelComma(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ' && quoteDepth(text, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTopLevel(String text, int at) {
        return quoteDepth(text, at) == 0;
    }

    /** How many quotations or brackets are open at {@code at}. */
    private static int quoteDepth(String text, int at) {
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“' || c == '(') {
                depth++;
            } else if ((c == '»' || c == '”' || c == ')') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth + (straight ? 1 : 0);
    }

    private static String spaces(String text) {
        String single = SPACES.matcher(text).replaceAll(" ");
        String tight = SPACE_BEFORE_STOP.matcher(single).replaceAll("$1");
        return REPEATED_COMMAS.matcher(tight).replaceAll(",").strip();
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "-–—•*>,".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return text.substring(i);
    }

    private static String stripTrailing(String text) {
        String result = text.strip();
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            char last = result.charAt(result.length() - 1);
            if (DANGLING.indexOf(last) >= 0 || last == '.' || last == '!' || last == '?' || last == '…'
                    || Character.isWhitespace(last)) {
                result = result.substring(0, result.length() - 1).strip();
                changed = true;
            }
        }
        return result;
    }

    /** Drops quotation marks and brackets that open or close nothing within the title. */
    private static String balanceQuotes(String text) {
        text = dropUnbalanced(text, '«', '»');
        text = dropUnbalanced(text, '“', '”');
        text = dropUnbalanced(text, '(', ')');
        long straight = text.chars().filter(c -> c == '"').count();
        if (straight % 2 == 1) {
            text = text.replace("\"", "");
        }
        return EMPTY_QUOTES.matcher(DOUBLE_SPACES.matcher(text).replaceAll(" ")).replaceAll("").strip();
    }

    private static String dropUnbalanced(String text, char open, char close) {
        int depth = 0;
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> openAt = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                openAt.add(out.length());
                depth++;
                out.append(c);
            } else if (c == close) {
                if (depth == 0) {
                    continue;
                }
                depth--;
                openAt.remove(openAt.size() - 1);
                out.append(c);
            } else {
                out.append(c);
            }
        }
        for (int k = openAt.size() - 1; k >= 0; k--) {
            out.deleteCharAt(openAt.get(k));
        }
        return out.toString();
    }

    private static String capitalise(String text) {
        if (text.isEmpty() || OPENERS.indexOf(text.charAt(0)) >= 0) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
