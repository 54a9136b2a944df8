package org.factdesk.logic.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SourceLabelsTest {

    static Stream<Arguments> outletsAndLabels() {
        return Stream.of(
                Arguments.of(List.of("Harbour Gazette"), List.of("Harbour Gazette")),
                Arguments.of(List.of("Harbour Gazette", "Port Herald"), List.of("Harbour Gazette", "Port Herald")),
                Arguments.of(List.of("Port Herald", "Harbour Gazette", "Port Herald"),
                        List.of("Port Herald (a)", "Harbour Gazette", "Port Herald (b)")),
                Arguments.of(List.of("Civic Radio", "Civic Radio", "Port Herald", "Civic Radio"),
                        List.of("Civic Radio (a)", "Civic Radio (b)", "Port Herald", "Civic Radio (c)")),
                Arguments.of(List.of("Port Herald", "Port Herald", "Civic Radio", "Civic Radio"),
                        List.of("Port Herald (a)", "Port Herald (b)", "Civic Radio (a)", "Civic Radio (b)")),
                Arguments.of(List.of(" Port Herald", "Port Herald  "),
                        List.of("Port Herald (a)", "Port Herald (b)")),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("outletsAndLabels")
    void labelIsOutletWithLetterOnlyWhenOutletIsShared(List<String> outlets, List<String> expected) {
        assertEquals(expected, SourceLabels.label(outlets));
    }

    @ParameterizedTest
    @CsvSource({"0, a", "1, b", "25, z", "26, aa", "27, ab", "51, az", "52, ba"})
    void lettersCountLikeSpreadsheetColumns(int index, String expected) {
        assertEquals(expected, SourceLabels.letters(index));
    }
}
