package io.factline;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the tests of writes share: the test profile's editor key, and profiles with a database of their own. */
public final class Editors {

    /** {@code %test.factline.editor-key} in application.properties: a test value, not a secret. */
    public static final String KEY = "test-editor-key-0123456789abcdef";

    private Editors() {
    }

    /** A request that carries the editors' key. */
    public static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    /** A text of src/test/resources. */
    public static String resource(String name) {
        try (InputStream in = Editors.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests that write get a database of their own, so the read tests keep seeing the seed timeline only. */
    public static class WritesProfile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:factline-writes;DB_CLOSE_DELAY=-1");
        }
    }

    /** No editor key configured: every write must answer 401. */
    public static class NoKeyProfile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.factline.editor-key", "",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:factline-nokey;DB_CLOSE_DELAY=-1");
        }
    }
}
