package org.factdesk.logic.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProductVersionTest {

    @Test
    void theVersionIsTheOneTheBuildWrote() {
        assertTrue(ProductVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), ProductVersion.current());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "version=2.4.1|2.4.1",
        "version=  3.0.0-rc1  |3.0.0-rc1",
        "version=${project.version}|unknown",
        "version=|unknown",
        "other=1|unknown"})
    void anUnfilteredOrEmptyVersionReadsAsUnknown(String properties, String expected) throws IOException {
        assertEquals(expected, ProductVersion.read(
                new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1))));
    }
}
