package io.factline.db;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Runs a {@code @QuarkusTest} class with the {@code pg} profile against the tests' PostgreSQL cluster. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test,pg";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresResource.class));
    }
}
