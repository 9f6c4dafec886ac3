package io.factline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Factline's own settings, under the {@code factline.} prefix. */
@ConfigMapping(prefix = "factline")
public interface FactlineConfig {

    Seeds seeds();

    /** Where the embedded database keeps its files. */
    @WithDefault("data")
    Path dataDir();

    interface Seeds {
        /** Folder holding sources.json, events.json and the article texts, read at start-up. */
        @WithDefault("seeds")
        Path dir();

        /** Set to false to start with an empty timeline. */
        @WithDefault("true")
        boolean enabled();
    }
}
