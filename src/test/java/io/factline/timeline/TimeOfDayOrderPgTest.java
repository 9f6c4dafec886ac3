package io.factline.timeline;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The order by time of day again on PostgreSQL, which sorts nulls last unless told. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class TimeOfDayOrderPgTest extends TimeOfDayOrderTest {
}
