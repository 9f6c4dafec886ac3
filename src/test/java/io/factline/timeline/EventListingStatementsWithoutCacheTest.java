package io.factline.timeline;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** With nothing kept in memory, a page still takes a fixed number of statements, whatever its size. */
@QuarkusTest
@TestProfile(EventListingStatementsWithoutCacheTest.NothingKept.class)
class EventListingStatementsWithoutCacheTest extends EventListingStatementsTest {

    public static class NothingKept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factline.cache.enabled", "false");
        }
    }

    /** Those of a page with places, actors and source URLs kept, plus one statement for each of them. */
    @Override
    long statementsPerPage() {
        return super.statementsPerPage() + 3;
    }
}
