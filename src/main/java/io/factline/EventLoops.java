package io.factline;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

/**
 * One Vert.x event loop per core unless {@code quarkus.vertx.event-loops-pool-size} is set: Quarkus's default is two
 * per core, and on the 2-core machines the benchmark runs on, four event loops answered one event by id ~15% slower
 * than two (they take turns on the same cores; the database work runs on worker threads anyway).
 */
@Priority(400)
public class EventLoops implements ConfigSourceInterceptor {

    static final String KEY = "quarkus.vertx.event-loops-pool-size";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!KEY.equals(name) || (value != null && value.getValue() != null)) {
            return value;
        }
        return ConfigValue.builder().withName(KEY).withValue(String.valueOf(cores()))
                .withConfigSourceName(EventLoops.class.getName()).build();
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
