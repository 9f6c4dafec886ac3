-- Digest of what the last seed import was computed from: the seeds folder's files and the application build.
-- When a start finds both unchanged it does not read and resolve the folder again (io.factline.seed.SeedInputs).
-- NULL: unknown (imports before this column, or an application run from its classes, as in development).
ALTER TABLE seed_import ADD COLUMN inputs VARCHAR(64);
