package io.factline;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "data, ./data",
        "target/bench/h2, ./target/bench/h2",
        "./data, ./data",
        "../shared/data, ../shared/data",
        "/var/lib/factline, /var/lib/factline",
        "~/factline, ~/factline",
    })
    void givesRelativeDirectoriesTheExplicitPrefixH2Wants(String configured, String used) {
        assertThat(DataDirectory.explicit(configured)).isEqualTo(used);
    }

    @Test
    void reachesTheDirectoryInsideTheJdbcUrl() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().addDiscoveredInterceptors()
                .withSources(new PropertiesConfigSource(Map.of(
                        "factline.data-dir", "var/factline",
                        "quarkus.datasource.jdbc.url", "jdbc:h2:file:${factline.data-dir}/factline;WRITE_DELAY=0"),
                        "test", 100))
                .build();

        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:h2:file:./var/factline/factline;WRITE_DELAY=0");
    }
}
