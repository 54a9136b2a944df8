package org.factdesk.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.app.StartupProbe;

/**
 * The workstation benchmark; needs a display (run it under Xvfb). Starts fresh JVMs, alternating an empty JavaFX
 * window with the workstation reopening its last project, and reports the medians; then measures, in the real
 * window, a new fact from selection to visible card and the Checks panel after a keystroke. Prints one line per
 * figure: name, median, target, and the yardstick where there is one. Usage:
 * {@code java -cp target/factdesk-bench.jar org.factdesk.app.bench.WorkstationBenchmark [runs]}.
 */
public final class WorkstationBenchmark {

    /** The targets of issue 7: start-up against an empty JavaFX window, and a new fact warm and cold. */
    private static final double SHOWN_RATIO = 1.3;
    private static final double NEW_FACT_WARM_MS = 16.0;
    private static final double NEW_FACT_COLD_MS = 25.0;
    /** Issue 9: after a keystroke, the Checks panel is updated within 100 ms. */
    private static final double CHECKS_AFTER_KEY_MS = 100.0;

    private WorkstationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path home = Files.createTempDirectory("factdesk-bench-home");
        // The first start writes the demo project; the figures are for a normal start that reopens it.
        run(home, "org.factdesk.app.Launcher", true);
        List<Double> empty = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            empty.add(run(home, "empty", false).get("shown"));
            Map<String, Double> workstation = run(home, "org.factdesk.app.Launcher", true);
            shown.add(workstation.get("shown"));
            ready.add(workstation.get("ready"));
        }
        double emptyMedian = median(empty);
        System.out.printf("%-34s median %7.1f ms   target %7.1f ms (%.1f x empty window %.1f ms)   ratio %.2f%n",
                "window first shown", median(shown), SHOWN_RATIO * emptyMedian, SHOWN_RATIO, emptyMedian,
                median(shown) / emptyMedian);
        System.out.printf("%-34s median %7.1f ms   (no target; for the record)%n",
                "workstation ready, project open", median(ready));
        Map<String, Double> newFact = run(home, "newfact", false);
        System.out.printf("%-34s median %7.2f ms   target %7.1f ms   p90 %.2f ms%n",
                "new fact, selection to visible", newFact.get("newfact"), NEW_FACT_WARM_MS, newFact.get("newfact.p90"));
        System.out.printf("%-34s median %7.2f ms   target %7.1f ms (first 20 facts after opening)   p90 %.2f ms%n",
                "new fact, cold", newFact.get("newfactcold"), NEW_FACT_COLD_MS, newFact.get("newfactcold.p90"));
        Map<String, Double> checks = run(home, "checkskey", false);
        System.out.printf("%-34s median %7.2f ms   target %7.1f ms   p90 %.2f ms (25-fact story, large project)%n",
                "checks panel after a keystroke", checks.get("checkskey"), CHECKS_AFTER_KEY_MS,
                checks.get("checkskey.p90"));
        System.out.printf("%-34s median %7.2f ms   (first 10 keystrokes after opening)   p90 %.2f ms%n",
                "checks panel after a key, cold", checks.get("checkskeycold"), checks.get("checkskeycold.p90"));
        System.out.println(verdict(median(shown) <= SHOWN_RATIO * emptyMedian) + "  window first shown");
        System.out.println(verdict(newFact.get("newfact") <= NEW_FACT_WARM_MS) + "  new fact, selection to visible");
        System.out.println(verdict(newFact.get("newfactcold") < NEW_FACT_COLD_MS) + "  new fact, cold");
        System.out.println(verdict(checks.get("checkskey") <= CHECKS_AFTER_KEY_MS) + "  checks panel after a keystroke");
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }

    /** Runs the workstation ({@code mainClass} is the launcher) or a probe named for {@link ProbeLauncher}. */
    private static Map<String, Double> run(Path home, String mainClass, boolean probe)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + home, "-cp", System.getProperty("java.class.path")));
        if (probe) {
            command.add("-D" + StartupProbe.PROPERTY + "=true");
        }
        if (mainClass.contains(".")) {
            command.add(mainClass);
        } else {
            command.addAll(List.of(ProbeLauncher.class.getName(), mainClass));
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.strip().split(" ", -1);
                if (parts.length >= 2 && parts[1].matches("[0-9.]+")) {
                    figures.put(parts[0], Double.parseDouble(parts[1]));
                    if (parts.length == 3) {
                        figures.put(parts[0] + ".p90", Double.parseDouble(parts[2]));
                    }
                }
            }
        }
        process.waitFor();
        if (figures.isEmpty()) {
            throw new IllegalStateException(mainClass + " reported nothing; is a display available (DISPLAY)?");
        }
        return figures;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
