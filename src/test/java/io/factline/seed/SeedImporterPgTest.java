package io.factline.seed;

import io.factline.db.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The seed import's tests, run again against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SeedImporterPgTest extends SeedImporterTest {
}
