package io.factline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** Factline's own settings, under the {@code factline.} prefix. */
@ConfigMapping(prefix = "factline")
public interface FactlineConfig {

    Seeds seeds();

    Limits limits();

    /** Where the embedded database keeps its files: absolute, or relative to the working directory. */
    @WithDefault("./data")
    Path dataDir();

    /**
     * The API key editors send as {@code Authorization: Bearer <key>} to write (post sources, correct and delete
     * events). Unset: every write answers 401 and a warning says so at start-up. Set it from the environment
     * ({@code FACTLINE_EDITOR_KEY}) or a secret store, never in a committed file.
     */
    Optional<String> editorKey();

    interface Limits {
        /** Extractions running at once; more are refused with 503 and Retry-After. Default: twice the cores. */
        OptionalInt concurrentExtractions();

        /** Seconds a refused client is told to wait before trying again. */
        @WithDefault("1")
        int retryAfterSeconds();
    }

    interface Seeds {
        /** Folder holding sources.json, events.json and the article texts, read at start-up. */
        @WithDefault("seeds")
        Path dir();

        /** Set to false to start with an empty timeline. */
        @WithDefault("true")
        boolean enabled();
    }
}
