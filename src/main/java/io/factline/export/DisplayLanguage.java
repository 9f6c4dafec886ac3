package io.factline.export;

import io.factline.web.ProblemException;
import java.util.List;
import java.util.Locale;

/** The languages the timeline's labels and dates are shown in: {@code ?lang=} first, then Accept-Language. */
public enum DisplayLanguage {

    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    /** When neither the request nor the browser says: the language of the seed articles. */
    public static final DisplayLanguage DEFAULT = FR;

    private final Locale locale;

    DisplayLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag: fr or en. */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * {@code lang} when given (a 400 problem unless it is fr or en), else the first of the request's
     * Accept-Language ranges, in the client's order of preference, that is French or English; the default otherwise.
     */
    public static DisplayLanguage select(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            DisplayLanguage chosen = of(lang.strip());
            if (chosen == null) {
                throw ProblemException.invalidParameter("lang", "expected fr or en");
            }
            return chosen;
        }
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                DisplayLanguage chosen = of(locale.getLanguage());
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        return DEFAULT;
    }

    private static DisplayLanguage of(String tag) {
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        for (DisplayLanguage candidate : values()) {
            if (candidate.tag().equals(language)) {
                return candidate;
            }
        }
        return null;
    }
}
