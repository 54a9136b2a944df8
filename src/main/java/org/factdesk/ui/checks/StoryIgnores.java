package org.factdesk.ui.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.logic.check.FindingKey;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.model.IgnoredFinding;

/**
 * The findings the editor ignored in the open story, with who ignored them: read from the project when a story
 * opens, and written back through the project's queue as she ignores or restores one. The keys it holds use the
 * ids the window knows (a fact made in this session has a local id until it is saved); what reaches the file
 * uses the ids the file gives them. JavaFX thread.
 */
final class StoryIgnores {

    private final Supplier<ProjectQueue> queue;
    private final Executor uiThread;
    private final String user;
    private final Clock clock;
    private final Runnable changed;
    private final Consumer<Throwable> failed;
    private final Map<String, IgnoredFinding> byKey = new LinkedHashMap<>();
    private long storyId;
    /** Bumped on every follow and forget, so that a read for another project's story lands nowhere. */
    private long reading;

    /**
     * @param user who ignores, as stored with each ignore
     * @param changed told when the ignores were read or changed
     * @param failed told when they could not be read
     */
    StoryIgnores(Supplier<ProjectQueue> queue, Executor uiThread, String user, Clock clock, Runnable changed,
                 Consumer<Throwable> failed) {
        this.queue = Objects.requireNonNull(queue);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.user = Objects.requireNonNull(user);
        this.clock = Objects.requireNonNull(clock);
        this.changed = Objects.requireNonNull(changed);
        this.failed = Objects.requireNonNull(failed);
    }

    /** Holds the ignores of story {@code id} from now on; reads them unless it already holds them. */
    @SuppressWarnings("FutureReturnValueIgnored") // both outcomes are handled in the callback
    void follow(long id) {
        if (id == storyId) {
            return;
        }
        storyId = id;
        byKey.clear();
        long read = ++reading;
        queue.get().read(project -> project.checks().ignoredFindings(id)).whenCompleteAsync((stored, problem) -> {
            if (read != reading) {
                return;
            }
            if (problem != null) {
                failed.accept(problem);
                return;
            }
            stored.forEach(ignored -> byKey.putIfAbsent(ignored.key(), ignored));
            changed.run();
        }, uiThread);
    }

    /** No story: holds nothing. */
    void forget() {
        reading++;
        storyId = 0;
        byKey.clear();
    }

    Optional<IgnoredFinding> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Set<String> keys() {
        return Set.copyOf(byKey.keySet());
    }

    List<IgnoredFinding> all() {
        return List.copyOf(byKey.values());
    }

    /** Ignores the finding with {@code key} in the open story, as of now, by this computer's user. */
    void ignore(String key) {
        long story = storyId;
        Instant now = clock.instant();
        byKey.put(key, new IgnoredFinding(story, key, user, now));
        queue.get().write((project, ids) -> project.checks().ignoreFinding(
                new IgnoredFinding(story, FindingKey.withElementIds(key, ids::resolve), user, now)));
        changed.run();
    }

    /** Takes back the ignore of the finding with {@code key}. */
    void restore(String key) {
        long story = storyId;
        if (byKey.remove(key) == null) {
            return;
        }
        queue.get().write((project, ids) -> project.checks().unignoreFinding(story,
                FindingKey.withElementIds(key, ids::resolve)));
        changed.run();
    }
}
