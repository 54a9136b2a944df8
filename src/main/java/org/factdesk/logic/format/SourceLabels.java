package org.factdesk.logic.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels numbered sources by outlet. When two or more numbered sources share an outlet, each of them gets
 * " (a)", " (b)", … in number order, so "Guardian (a)" and "Guardian (b)" can be told apart. Stateless.
 */
public final class SourceLabels {

    private SourceLabels() {
    }

    /** The label of each outlet in the list, which is in number order. */
    public static List<String> label(List<String> outletsInNumberOrder) {
        Map<String, Integer> sharing = new HashMap<>();
        for (String outlet : outletsInNumberOrder) {
            sharing.merge(key(outlet), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>(outletsInNumberOrder.size());
        for (String outlet : outletsInNumberOrder) {
            String name = outlet.strip();
            if (sharing.get(key(outlet)) < 2) {
                labels.add(name);
            } else {
                int index = seen.merge(key(outlet), 1, Integer::sum) - 1;
                labels.add(name + " (" + letters(index) + ")");
            }
        }
        return labels;
    }

    // Outlets typed by hand differ in stray spaces; they are still the same outlet.
    private static String key(String outlet) {
        return outlet.strip();
    }

    /** a, b, …, z, aa, ab, … for index 0, 1, … */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        int rest = index;
        do {
            letters.insert(0, (char) ('a' + rest % 26));
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return letters.toString();
    }
}
