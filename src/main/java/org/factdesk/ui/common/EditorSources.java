package org.factdesk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.importing.SourceWithOriginal;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;

/**
 * The open project's sources as the window shows them: the observable library, adding and editing sources (a
 * new source becomes the selected one) and reading a source's full text. Threading: the list changes on the
 * JavaFX thread only; the writes and reads themselves run through the {@link OpenProject}'s queue.
 */
public final class EditorSources {

    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final OpenProject project;
    private final EditorSelection selection;
    private final Consumer<Source> edited;
    private final ProjectSearch search;

    /**
     * @param edited told of every edited source, so the open story can show its new details
     * @param search the project's search index, told of every source added or edited
     */
    EditorSources(OpenProject project, EditorSelection selection, Consumer<Source> edited, ProjectSearch search) {
        this.project = Objects.requireNonNull(project);
        this.selection = Objects.requireNonNull(selection);
        this.edited = Objects.requireNonNull(edited);
        this.search = Objects.requireNonNull(search);
    }

    /** Shows a freshly opened project's library, with its first source selected. */
    void showAll(List<Source> library) {
        sources.setAll(library);
        selection.selectSource(library.isEmpty() ? null : library.get(0));
    }

    /** Adds a source and selects it; a failure is reported. JavaFX thread. */
    @SuppressWarnings("FutureReturnValueIgnored") // add() reports a failure; selecting cannot fail
    public void addSource(SourceDraft draft) {
        add(draft).thenAccept(selection::selectSource);
    }

    /**
     * Adds a source to the library without selecting it (one file of a batch). JavaFX thread; the future
     * completes there once the source is saved, and fails, after the failure was reported, if it could not be.
     */
    public CompletableFuture<Source> add(SourceDraft draft) {
        return project.read("Adding source…", p -> p.library().addSource(draft))
                .thenApply(added -> shown(added, draft));
    }

    /**
     * Adds an imported source with the file (or paste) it came from, both in one transaction, without selecting
     * it. JavaFX thread; the future completes there once both are saved, and fails, after the failure was
     * reported, if they could not be.
     */
    public CompletableFuture<Source> add(SourceDraft draft, SourceOriginal original) {
        return project.read("Adding source…", p -> SourceWithOriginal.add(p, draft, original))
                .thenApply(added -> shown(added, draft));
    }

    /** Adds an imported source with its original, as {@link #add(SourceDraft, SourceOriginal)}, and selects it. */
    @SuppressWarnings("FutureReturnValueIgnored") // add() reports a failure; selecting cannot fail
    public void addSource(SourceDraft draft, SourceOriginal original) {
        add(draft, original).thenAccept(selection::selectSource);
    }

    private Source shown(Source added, SourceDraft draft) {
        sources.add(added);
        search.sourceAdded(added, draft.text());
        return added;
    }

    public void updateSource(Source changed) {
        project.queue().write((p, ids) -> p.library().updateSource(changed));
        sources.replaceAll(source -> source.id() == changed.id() ? changed : source);
        search.sourceEdited(changed);
        Source selected = selection.selectedSourceProperty().get();
        if (selected != null && selected.id() == changed.id()) {
            selection.selectSource(changed);
        }
        edited.accept(changed);
    }

    /** The full text of a source, read in the background. */
    public CompletableFuture<String> sourceText(long sourceId) {
        return project.read("Reading source…", p -> p.library().sourceText(sourceId));
    }

    /** The source with {@code id}, if the library holds it. */
    public java.util.Optional<Source> find(long id) {
        return sources.stream().filter(source -> source.id() == id).findFirst();
    }

    public ObservableList<Source> list() {
        return sources;
    }
}
