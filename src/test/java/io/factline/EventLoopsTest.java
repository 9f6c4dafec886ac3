package io.factline;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLoopsTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().addDiscoveredInterceptors()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void oneEventLoopPerCoreByDefault() {
        assertThat(config(Map.of()).getValue(EventLoops.KEY, Integer.class))
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aConfiguredNumberWins() {
        assertThat(config(Map.of(EventLoops.KEY, "7")).getValue(EventLoops.KEY, Integer.class)).isEqualTo(7);
    }

    @Test
    void otherKeysAreLeftAlone() {
        assertThat(config(Map.of()).getOptionalValue("quarkus.vertx.worker-pool-size", Integer.class)).isEmpty();
    }
}
