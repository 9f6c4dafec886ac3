package io.factline.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The in-memory cache of read answers, under {@code factline.cache}. */
@ConfigMapping(prefix = "factline.cache")
public interface CacheConfig {

    /** Keep the answers of reads in memory until a write makes them stale. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Memory the kept answers may take (their bodies and headers); the least useful go first. Unset: an eighth of
     * the JVM's maximum heap, at most 64M.
     */
    Optional<MemorySize> maxSize();

    /** {@link #maxSize()}, or its default for this JVM. */
    default long maxBytes() {
        return maxSize().map(MemorySize::asLongValue)
                .orElseGet(() -> Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    /**
     * How often the database's write counter is read: the longest an answer kept here can lag a write made by
     * another instance. Writes made by this instance take effect at once.
     */
    @WithDefault("1s")
    Duration pollInterval();
}
