package org.factdesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests that damage a project share: each test gets its own folder holding a fresh
 * {@link DamagedProjectFixture} to alter (through {@link DamagedProjectFixture#alter} or
 * {@link DamagedProjectFixture#sql}). Test helper; JUnit makes one instance per test.
 */
public abstract class DamagedProjectCase {

    @TempDir
    protected Path folder;

    protected DamagedProjectFixture fixture;

    @BeforeEach
    protected void createDamageableProject() throws Exception {
        fixture = DamagedProjectFixture.createIn(folder);
    }
}
