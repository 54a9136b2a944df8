package org.factdesk.logic.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;

/**
 * Fills a project with a large, realistic, fictional newsroom for benchmarks: sources of paragraph-structured
 * text, excerpts that are real passages of them, and stories whose facts cite excerpts and whole sources. It
 * writes through the {@link Project} interface, like the app, in a few big transactions so that it is quick.
 * The same seed and size always give the same content. Blocking; one generation per instance.
 */
public final class LargeProjectGenerator {

    /**
     * How much to generate.
     *
     * @param sourceChars the approximate length of each source's text
     */
    public record Size(int sources, int excerptsPerSource, int stories, int factsPerStory, int sourcesPerStory,
                       int sourceChars) {

        /** The benchmark's project: 300 sources of about 33,000 characters (10 MB), 40 stories of 25 facts. */
        public static final Size LARGE = new Size(300, 10, 40, 25, 10, 33_000);

        public Size {
            if (sources < 1 || stories < 0 || sourcesPerStory < 1 || sourcesPerStory > sources) {
                throw new IllegalArgumentException("impossible size: " + this);
            }
        }
    }

    /** What was generated. */
    public record Summary(int sources, int excerpts, int stories, int facts, int citations, int narratives,
                          long textChars) {
    }

    private static final String[] OUTLETS = {"Brenmoor Tide", "Gull Point Radio", "Coastline Ledger",
        "Harbour Ledger", "Valecast Radio", "Northgate Courier", "Esterholm Evening Post", "The Quayside Signal",
        "Penlow Weekly", "Rusk Harbour Times", "Marsh Country News", "Vellmouth Chronicle"};
    private static final String[] NARRATIVE_LABELS = {"Council narrative", "Residents' narrative",
        "Union narrative", "Business narrative", "Opposition narrative"};
    // Sources are written in batches: a few transactions, none of them holding all 10 MB at once.
    private static final int SOURCES_PER_TRANSACTION = 100;

    private final Size size;
    private final Random random;
    private final FictionalProse prose;

    public LargeProjectGenerator(long seed, Size size) {
        this.size = Objects.requireNonNull(size, "size");
        this.random = new Random(seed);
        this.prose = new FictionalProse(random);
    }

    /** Writes the whole project into {@code project}, which is normally empty. */
    public Summary generate(Project project) {
        List<Source> sources = new ArrayList<>(size.sources());
        List<List<Excerpt>> excerpts = new ArrayList<>(size.sources());
        long[] textChars = {0};
        for (int first = 0; first < size.sources(); first += SOURCES_PER_TRANSACTION) {
            int end = Math.min(size.sources(), first + SOURCES_PER_TRANSACTION);
            project.inTransaction(() -> {
                for (int i = sources.size(); i < end; i++) {
                    FictionalProse.Article article = prose.article(size.sourceChars());
                    Source source = project.library().addSource(sourceDraft(i, article.text()));
                    sources.add(source);
                    excerpts.add(addExcerpts(project, source, article));
                    textChars[0] += article.text().length();
                }
                return null;
            });
        }
        int[] counts = new int[3];
        project.inTransaction(() -> {
            for (int s = 0; s < size.stories(); s++) {
                addStory(project, s, sources, excerpts, counts);
            }
            return null;
        });
        int excerptCount = excerpts.stream().mapToInt(List::size).sum();
        return new Summary(sources.size(), excerptCount, size.stories(), counts[0], counts[1], counts[2],
                textChars[0]);
    }

    private SourceDraft sourceDraft(int index, String text) {
        LocalDate published = LocalDate.of(2031, 1, 1).plusDays(random.nextInt(3 * 365));
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String url = "https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/story-" + (index + 1);
        return new SourceDraft(outlet, prose.title(), prose.person(), url, published, "", text,
                "generated for the benchmark");
    }

    /** Passages of one or two whole sentences, each a different place in the text. */
    private List<Excerpt> addExcerpts(Project project, Source source, FictionalProse.Article article) {
        List<int[]> sentences = article.sentences();
        Set<Integer> starts = new LinkedHashSet<>();
        int wanted = Math.min(size.excerptsPerSource(), sentences.size());
        while (starts.size() < wanted) {
            starts.add(random.nextInt(sentences.size()));
        }
        List<Excerpt> added = new ArrayList<>(wanted);
        for (int first : starts) {
            int last = Math.min(sentences.size() - 1, first + random.nextInt(2));
            // A passage never runs across a paragraph break: the second sentence must follow on the same line.
            if (last > first && crossesParagraph(article.text(), sentences.get(first), sentences.get(last))) {
                last = first;
            }
            added.add(project.library().addExcerpt(ExcerptDraft.of(source.id(), article.text(),
                    sentences.get(first)[0], sentences.get(last)[1])));
        }
        return added;
    }

    private static boolean crossesParagraph(String text, int[] first, int[] last) {
        return text.substring(first[1], last[0]).contains("\n");
    }

    private void addStory(Project project, int index, List<Source> sources, List<List<Excerpt>> excerpts,
                          int[] counts) {
        long storyId = project.stories().createStory(prose.title(), prose.sentence(),
                new HouseStyle(index % 3 != 0)).id();
        List<Integer> cited = pickDistinct(size.sourcesPerStory(), sources.size());
        for (int f = 0; f < size.factsPerStory(); f++) {
            int citationCount = 1 + random.nextInt(3);
            Set<Citation> citations = new LinkedHashSet<>();
            for (int c = 0; c < citationCount; c++) {
                int sourceIndex = cited.get(random.nextInt(cited.size()));
                List<Excerpt> passages = excerpts.get(sourceIndex);
                // About two citations in three quote a passage; the rest cite the whole source.
                citations.add(passages.isEmpty() || random.nextInt(3) == 0
                        ? Citation.ofWholeSource(sources.get(sourceIndex).id())
                        : Citation.ofExcerpt(passages.get(random.nextInt(passages.size()))));
            }
            // Facts are appended in order, so the colour rule gives them the colours in turn.
            project.stories().addFact(storyId, f, prose.sentence(), List.copyOf(citations), f % Fact.COLOURS);
            counts[0]++;
            counts[1] += citations.size();
        }
        int narratives = 2 + random.nextInt(2);
        for (int n = 0; n < narratives; n++) {
            project.stories().addNarrative(storyId, n, NARRATIVE_LABELS[(index + n) % NARRATIVE_LABELS.length],
                    OUTLETS[random.nextInt(OUTLETS.length)], prose.sentence() + " " + prose.sentence());
            counts[2]++;
        }
    }

    private List<Integer> pickDistinct(int count, int bound) {
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(random.nextInt(bound));
        }
        return List.copyOf(picked);
    }
}
