package org.factdesk.ui.source;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.Optional;
import org.factdesk.logic.importing.SourceDates;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;

/**
 * The fields of the "paste a source" and "edit source details" dialog, their validation and the source they
 * make. Holds text only, so the rules are tested without the toolkit. JavaFX thread (its properties are bound
 * to the dialog's fields).
 */
public final class SourceForm {

    /** The fields a validation message can be about. */
    public enum Field { OUTLET, TITLE, AUTHOR, URL, DATE, PERSPECTIVE, TEXT }

    /** How {@link SourceForm#toDraft()} records where a pasted text came from. */
    static final String PASTED = "pasted";

    private final StringProperty outlet = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty perspective = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final boolean asksForText;

    private SourceForm(boolean asksForText) {
        this.asksForText = asksForText;
    }

    /** An empty form for a pasted source: metadata and text. */
    public static SourceForm forPaste() {
        return new SourceForm(true);
    }

    /** A form holding {@code source}'s metadata, to edit it; the text is not edited. */
    public static SourceForm forEditing(Source source) {
        SourceForm form = new SourceForm(false);
        form.outlet.set(source.outlet());
        form.title.set(source.title());
        form.author.set(source.author());
        form.url.set(source.url());
        form.date.set(source.published() == null ? "" : source.published().toString());
        form.perspective.set(source.perspective());
        return form;
    }

    /**
     * A form holding an imported source's metadata as it was extracted, for the editor to correct before the
     * source is added; the text is chosen apart (line by line), so the form does not ask for it.
     */
    public static SourceForm forImport(SourceDraft extracted) {
        SourceForm form = new SourceForm(false);
        form.outlet.set(extracted.outlet());
        form.title.set(extracted.title());
        form.author.set(extracted.author());
        form.url.set(extracted.url());
        form.date.set(extracted.published() == null ? "" : extracted.published().toString());
        form.perspective.set(extracted.perspective());
        return form;
    }

    public boolean asksForText() {
        return asksForText;
    }

    /** What is wrong, field by field, in words that name the field; empty when the form can be saved. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (outlet.get().isBlank()) {
            problems.put(Field.OUTLET, "Outlet is required: the publication the source comes from.");
        }
        String link = url.get().strip();
        if (!link.isEmpty() && !link.matches("(?i)https?://\\S+")) {
            problems.put(Field.URL, "URL must be a web address starting with http:// or https://.");
        }
        if (!date.get().isBlank() && parsedDate() == null) {
            problems.put(Field.DATE, "Date must be a date such as " + SourceDates.EXAMPLES + ": "
                    + SourceDates.read(date.get()).problem() + ".");
        }
        if (asksForText && text.get().isBlank()) {
            problems.put(Field.TEXT, "Text is required: paste the article's text.");
        }
        if (asksForText && text.get().length() > TextRules.MAX_SOURCE_CHARS) {
            problems.put(Field.TEXT, "Text is longer than " + TextRules.MAX_SOURCE_SIZE
                    + ", the most a source may hold.");
        }
        checkCharacters(problems, Field.OUTLET, "Outlet", outlet.get(), Kind.LINE);
        checkCharacters(problems, Field.TITLE, "Title", title.get(), Kind.LINE);
        checkCharacters(problems, Field.AUTHOR, "Author", author.get(), Kind.LINE);
        checkCharacters(problems, Field.URL, "URL", url.get(), Kind.LINE);
        checkCharacters(problems, Field.PERSPECTIVE, "Perspective", perspective.get(), Kind.LINE);
        if (asksForText) {
            checkCharacters(problems, Field.TEXT, "Text", TextRules.normaliseLineEnds(text.get()), Kind.TEXT);
        }
        return problems;
    }

    /** The fields' guards keep these out of typing; this holds for values set any other way. */
    private static void checkCharacters(Map<Field, String> problems, Field field, String name, String value,
                                        Kind kind) {
        Optional<TextRules.Problem> problem = TextRules.firstProblem(value, kind);
        if (problem.isPresent() && !problems.containsKey(field)) {
            problems.put(field, name + " holds " + problem.get().describe(value) + "; delete it.");
        }
    }

    /** The pasted source; only valid when {@link #problems()} is empty. */
    public SourceDraft toDraft() {
        requireValid();
        String normalised = TextRules.normaliseLineEnds(text.get()).strip();
        return new SourceDraft(outlet.get().strip(), title.get().strip(), author.get().strip(), url.get().strip(),
                parsedDate(), perspective.get().strip(), normalised, PASTED);
    }

    /**
     * An imported source: this form's metadata with {@code text}, the lines the editor kept (checked and
     * normalised when it was extracted); only valid when {@link #problems()} is empty.
     */
    public SourceDraft toDraft(String text, String importedFrom) {
        requireValid();
        return new SourceDraft(outlet.get().strip(), title.get().strip(), author.get().strip(), url.get().strip(),
                parsedDate(), perspective.get().strip(), text, importedFrom);
    }

    /** {@code source} with this form's metadata; only valid when {@link #problems()} is empty. */
    public Source applyTo(Source source) {
        requireValid();
        return source.withMetadata(outlet.get().strip(), title.get().strip(), author.get().strip(),
                url.get().strip(), parsedDate(), perspective.get().strip());
    }

    /**
     * The typed date, or null when empty or unreadable. Written as people write dates ({@link SourceDates});
     * an all-numeric day and month is refused, since the form does not know which order the editor meant.
     */
    LocalDate parsedDate() {
        String typed = date.get().strip();
        return typed.isEmpty() ? null : SourceDates.dateOrNull(typed);
    }

    private void requireValid() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems().values());
        }
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The date as typed: year-month-day, or the month as a word ({@link SourceDates}). */
    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty perspectiveProperty() {
        return perspective;
    }

    public StringProperty textProperty() {
        return text;
    }
}
