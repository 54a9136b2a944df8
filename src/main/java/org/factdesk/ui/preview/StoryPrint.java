package org.factdesk.ui.preview;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.ui.common.ErrorReporter;
import org.factdesk.ui.common.UserFacingException;

/**
 * File > Print: asks for the printer in the system's print dialog, then prints the story as the preview shows
 * it, cut into pages for the chosen paper ({@link PrintedStory}). Where no printer is set up it says so in one
 * message instead of failing. JavaFX thread: the print API lays out and renders the nodes there, and keeps the
 * window painting while a page goes to the printer.
 */
public final class StoryPrint {

    static final String NO_PRINTER = "No printer is set up on this computer. Add one in the system's printer "
            + "settings, or export the story as HTML (File > Export story) and print it from a browser.";

    private final Supplier<PrinterJob> jobs;
    private final ErrorReporter errors;

    public StoryPrint(ErrorReporter errors) {
        this(PrinterJob::createPrinterJob, errors);
    }

    /** @param jobs a new job for the default printer, or null when there is no printer */
    StoryPrint(Supplier<PrinterJob> jobs, ErrorReporter errors) {
        this.jobs = Objects.requireNonNull(jobs);
        this.errors = Objects.requireNonNull(errors);
    }

    /** Prints {@code story}; returns how many pages went to the printer (0 when none, or it was cancelled). */
    public int print(Window owner, FormattedStory story) {
        if (story == null) {
            return 0;
        }
        PrinterJob job = jobs.get();
        if (job == null) {
            errors.report("Print", new UserFacingException(NO_PRINTER));
            return 0;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return 0;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PrintedStory printed = new PrintedStory(story, layout.getPrintableWidth(), layout.getPrintableHeight());
        for (int i = 0; i < printed.pageCount(); i++) {
            if (!job.printPage(layout, printed.page(i))) {
                return failed(job, "The printer did not take page " + (i + 1) + " of " + printed.pageCount());
            }
        }
        if (!job.endJob()) {
            return failed(job, "The printer did not finish the job");
        }
        return printed.pageCount();
    }

    private int failed(PrinterJob job, String what) {
        PrinterJob.JobStatus status = job.getJobStatus();
        if (status != PrinterJob.JobStatus.CANCELED) {
            job.cancelJob();
            errors.report("Print", new UserFacingException(what + " (the job's status is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ")."));
        }
        return 0;
    }
}
