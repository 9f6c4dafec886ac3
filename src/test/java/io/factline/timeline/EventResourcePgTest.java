package io.factline.timeline;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The timeline API's tests, run again against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EventResourcePgTest extends EventResourceTest {
}
