package io.factline.ingest;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The sources API's tests, run again against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SourceResourcePgTest extends SourceResourceTest {
}
