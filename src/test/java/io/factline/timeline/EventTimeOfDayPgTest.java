package io.factline.timeline;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Events with a time of day again on PostgreSQL, which sorts nulls last unless told. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EventTimeOfDayPgTest extends EventTimeOfDayTest {
}
