package io.factline.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** HTTP caching and cross-origin settings, under {@code factline.http}. */
@ConfigMapping(prefix = "factline.http")
public interface HttpConfig {

    /** How long a client or a shared cache may reuse a read before revalidating it with its ETag. */
    @WithDefault("60s")
    Duration cacheMaxAge();

    Cors cors();

    interface Cors {
        /** Origins whose pages may read the API (GET, HEAD): a list of origins, or * for any. */
        @WithDefault("*")
        List<String> readOrigins();

        /** Origins whose pages may write (POST, PUT, PATCH, DELETE); none when unset. */
        Optional<List<String>> writeOrigins();
    }
}
