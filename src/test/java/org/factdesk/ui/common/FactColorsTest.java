package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Fact;
import org.factdesk.model.ReviewStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FactColorsTest {

    /**
     * Below this CIE76 distance two flat colours read as "the same colour" at a glance; 2.3 is the just
     * noticeable difference, and 20 keeps a highlight clearly apart from the selection.
     */
    private static final double MIN_DISTANCE = 20;

    /** AtlantaFX Primer's page backgrounds and selection colour (-color-accent-muted), light and dark. */
    private static final class Theme {
        private final String name;
        private final double[] background;
        private final double[] selection;

        Theme(String name, double[] background, double[] selection) {
            this.name = name;
            this.background = background;
            this.selection = selection;
        }

        String name() {
            return name;
        }

        double[] background() {
            return background.clone();
        }

        double[] selection() {
            return selection.clone();
        }
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("light", new double[] {255, 255, 255}, new double[] {84, 174, 255, 0.4}),
            new Theme("dark", new double[] {13, 17, 23}, new double[] {56, 139, 253, 0.4}));

    @Test
    void noHighlightColourLooksLikeTheTextSelectionInEitherTheme() throws IOException {
        List<double[]> highlights = highlightColours();
        assertEquals(FactColors.COUNT, highlights.size(), "one highlight rule per fact colour");
        for (Theme theme : THEMES) {
            double[] selection = lab(over(theme.selection(), theme.background()));
            for (int i = 0; i < highlights.size(); i++) {
                double distance = distance(lab(over(highlights.get(i), theme.background())), selection);
                assertTrue(distance >= MIN_DISTANCE, "fact-color-" + i + " is " + Math.round(distance)
                        + " from the " + theme.name() + " selection");
            }
        }
    }

    @Test
    void eachColourOfAFactHasAClassOfItsOwn() {
        Set<String> classes = new HashSet<>();
        for (int colour = 0; colour < Fact.COLOURS; colour++) {
            classes.add(FactColors.styleClass(colour));
        }
        assertEquals(FactColors.COUNT, classes.size());
        assertEquals("fact-color-5", FactColors.styleClass(5));
    }

    @Test
    void aFactWearsItsOwnColourWhateverItsIdOrLocalId() {
        Fact local = new Fact(-3, "Made this session.", List.of(), ReviewStatus.UNCHECKED, 6);
        Fact saved = new Fact(41, "Made this session.", List.of(), ReviewStatus.UNCHECKED, 6);

        assertEquals("fact-color-6", FactColors.styleClass(local));
        assertEquals(FactColors.styleClass(local), FactColors.styleClass(saved), "the same fact once saved");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 8, 42})
    void aColourThatDoesNotExistIsRefused(int colour) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FactColors.styleClass(colour));
        assertTrue(error.getMessage().contains(String.valueOf(colour)), error.getMessage());
    }

    /** The highlight colours source-pane.css gives fact-color-0 to fact-color-7, as {r, g, b, alpha}. */
    private static List<double[]> highlightColours() throws IOException {
        String css;
        try (InputStream in = FactColors.class.getResourceAsStream("/org/factdesk/ui/source/source-pane.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rule = Pattern.compile("highlight\\.fact-color-(\\d) \\{ -rtfx-background-color: "
                + "rgba\\((\\d+), (\\d+), (\\d+), ([0-9.]+)\\)").matcher(css);
        List<double[]> colours = new ArrayList<>();
        while (rule.find()) {
            assertEquals(colours.size(), Integer.parseInt(rule.group(1)), "rules in order");
            colours.add(new double[] {Double.parseDouble(rule.group(2)), Double.parseDouble(rule.group(3)),
                    Double.parseDouble(rule.group(4)), Double.parseDouble(rule.group(5))});
        }
        return colours;
    }

    /** A translucent colour painted over an opaque background. */
    private static double[] over(double[] colour, double[] background) {
        double alpha = colour[3];
        return new double[] {colour[0] * alpha + background[0] * (1 - alpha),
                colour[1] * alpha + background[1] * (1 - alpha), colour[2] * alpha + background[2] * (1 - alpha)};
    }

    /** sRGB (0-255) to CIELAB, D65. */
    private static double[] lab(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double distance(double[] one, double[] other) {
        return Math.sqrt(Math.pow(one[0] - other[0], 2) + Math.pow(one[1] - other[1], 2)
                + Math.pow(one[2] - other[2], 2));
    }
}
