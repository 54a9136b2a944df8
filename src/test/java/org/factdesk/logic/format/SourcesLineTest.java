package org.factdesk.logic.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourcesLineTest {

    static Stream<Arguments> entriesAndLines() {
        return Stream.of(
                Arguments.of(List.of(), true, ""),
                Arguments.of(List.of(), false, ""),
                Arguments.of(List.of("1Harbour Gazette"), true, "Sources: 1Harbour Gazette."),
                Arguments.of(List.of("1Harbour Gazette"), false, "Sources: 1Harbour Gazette."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald"), true,
                        "Sources: 1Harbour Gazette and 2Port Herald."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald"), false,
                        "Sources: 1Harbour Gazette and 2Port Herald."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald", "3Civic Radio"), true,
                        "Sources: 1Harbour Gazette, 2Port Herald, and 3Civic Radio."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald", "3Civic Radio"), false,
                        "Sources: 1Harbour Gazette, 2Port Herald and 3Civic Radio."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald (a)", "3Civic Radio", "4Port Herald (b)"),
                        true, "Sources: 1Harbour Gazette, 2Port Herald (a), 3Civic Radio, and 4Port Herald (b)."),
                Arguments.of(List.of("1Harbour Gazette", "2Port Herald (a)", "3Civic Radio", "4Port Herald (b)"),
                        false, "Sources: 1Harbour Gazette, 2Port Herald (a), 3Civic Radio and 4Port Herald (b)."),
                Arguments.of(List.of("1Civic Radio", "2Tidewater News Ltd."), true,
                        "Sources: 1Civic Radio and 2Tidewater News Ltd."));
    }

    @ParameterizedTest
    @MethodSource("entriesAndLines")
    void entriesAreJoinedWithAndBeforeTheLast(List<String> entries, boolean serialComma, String expected) {
        assertEquals(expected, SourcesLine.render(entries, serialComma));
    }
}
