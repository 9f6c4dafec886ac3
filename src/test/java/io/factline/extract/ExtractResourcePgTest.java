package io.factline.extract;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The extraction API's tests, run again on the application built for PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ExtractResourcePgTest extends ExtractResourceTest {
}
