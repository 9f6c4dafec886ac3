package io.factline.temporal;

import java.util.Locale;
import java.util.Optional;

/** The languages the resolver reads. */
public enum Language {
    FR,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for an ISO 639-1 code ("fr", "en", case-insensitive), if supported. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
