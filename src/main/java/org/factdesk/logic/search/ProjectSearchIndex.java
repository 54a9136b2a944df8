package org.factdesk.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.factdesk.logic.task.TaskProgress;
import org.factdesk.model.Source;
import org.factdesk.model.SourceLibrary;

/**
 * The search index of one open project: every source's text and metadata in an in-memory Lucene index, which
 * is derived data rebuilt when a project opens and kept current as sources are added, edited or their text
 * replaced (docs/decisions/0015). It answers a {@link SearchQuery} with the matching sources and each hit's
 * offsets and snippet. Thread-safe: changes are serialised among themselves; searches run alongside them and see
 * every change made before they began. Close it with the project.
 */
public final class ProjectSearchIndex implements AutoCloseable {

    /** The most hits the window lists for one search: more would not be read, and would cost time to show. */
    public static final int WINDOW_HIT_LIMIT = 1000;

    static final String TEXT_FIELD = SearchField.TEXT.label();
    private static final String ID = "id";
    private static final String ORDER = "sid";
    private static final FieldType WORDS_WITH_OFFSETS = wordsWithOffsets();

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Indexed> indexed = new ConcurrentHashMap<>();

    private record Indexed(Source source, String text) {
    }

    private record Matched(Indexed source, LeafReaderContext leaf, int doc) {
    }

    public ProjectSearchIndex() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new StemmingAnalyzer());
            config.setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be made", e);
        }
    }

    /**
     * An index of every source of {@code library}, for a one-off use (the command line, a benchmark): the texts
     * are read on the calling thread, which then indexes them together with the common fork-join pool, so a
     * machine's other cores share the work that dominates a large project's search.
     */
    public static ProjectSearchIndex of(SourceLibrary library) {
        ProjectSearchIndex index = new ProjectSearchIndex();
        try {
            List<Indexed> sources = new ArrayList<>();
            for (Source source : library.sources()) {
                sources.add(new Indexed(source, library.sourceText(source.id())));
            }
            // Nothing else holds this index yet, so no change can come between these: no lock needed.
            sources.parallelStream().forEach(each -> index.index(each.source(), each.text()));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    /**
     * Indexes each source with its text, read by {@code texts} (which may block, e.g. on the project's queue),
     * reporting one step per source and stopping early when cancelled. A source already in the index (put
     * meanwhile by an edit) is kept as it is, since it is newer. Returns how many sources were indexed.
     */
    public int addAll(List<Source> sources, LongFunction<String> texts, TaskProgress progress) {
        int done = 0;
        for (Source source : sources) {
            if (progress.cancelled()) {
                break;
            }
            progress.update(done, sources.size(), "Indexing " + describe(source));
            if (!indexed.containsKey(source.id())) {
                String text = texts.apply(source.id());
                putIfAbsent(source, text);
            }
            done++;
        }
        progress.update(done, sources.size(), "");
        return done;
    }

    /** Indexes a new source, or a source whose text was replaced, in place of what the index held for it. */
    public synchronized void put(Source source, String text) {
        index(source, text);
    }

    /** What {@link #put} does, without its lock: Lucene's writer takes documents from several threads at once. */
    private void index(Source source, String text) {
        Objects.requireNonNull(text, "text");
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(source.id()), Field.Store.NO));
        document.add(new NumericDocValuesField(ORDER, source.id()));
        document.add(new Field(TEXT_FIELD, text, WORDS_WITH_OFFSETS));
        for (SearchField field : SearchField.values()) {
            if (!field.isText()) {
                document.add(new Field(field.label(), field.valueOf(source), WORDS_WITH_OFFSETS));
            }
        }
        try {
            writer.updateDocument(idTerm(source.id()), document);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be changed", e);
        }
        indexed.put(source.id(), new Indexed(source, text));
    }

    private synchronized void putIfAbsent(Source source, String text) {
        if (!indexed.containsKey(source.id())) {
            put(source, text);
        }
    }

    /**
     * Indexes a source's edited metadata with the text already indexed; a source not indexed yet is left to
     * {@link #addAll}, which will read it with its new metadata.
     */
    public synchronized void updateMetadata(Source source) {
        Indexed known = indexed.get(source.id());
        if (known != null) {
            put(source, known.text());
        }
    }

    public synchronized void remove(long sourceId) {
        try {
            writer.deleteDocuments(idTerm(sourceId));
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be changed", e);
        }
        indexed.remove(sourceId);
    }

    /** How many sources the index holds. */
    public int size() {
        return indexed.size();
    }

    /** Whether {@code sourceId} is indexed. */
    public boolean contains(long sourceId) {
        return indexed.containsKey(sourceId);
    }

    /**
     * The sources that match {@code query} and their hits, in library order, stopping after {@code hitLimit}
     * hits (the source that reaches the limit keeps the hits up to it).
     */
    public SearchResults search(SearchQuery query, int hitLimit) {
        List<SourceHits> found = new ArrayList<>();
        int hits = 0;
        boolean truncated = false;
        IndexSearcher searcher = acquire();
        try {
            Weight weight = weightOf(searcher, query);
            for (Matched match : matching(searcher, weight)) {
                if (hits >= hitLimit) {
                    truncated = true;
                    break;
                }
                List<SearchHit> sourceHits = hitsIn(weight, match);
                if (sourceHits.isEmpty()) {
                    continue;
                }
                if (hits + sourceHits.size() > hitLimit) {
                    sourceHits = sourceHits.subList(0, hitLimit - hits);
                    truncated = true;
                }
                hits += sourceHits.size();
                found.add(new SourceHits(match.source().source(), sourceHits));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be read", e);
        } finally {
            release(searcher);
        }
        return new SearchResults(query, found, truncated);
    }

    /** The ids of the sources that match {@code query}, without building their hits: for the library filter. */
    public Set<Long> matchingSources(SearchQuery query) {
        Set<Long> ids = new HashSet<>();
        IndexSearcher searcher = acquire();
        try {
            for (Matched match : matching(searcher, weightOf(searcher, query))) {
                ids.add(match.source().source().id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be read", e);
        } finally {
            release(searcher);
        }
        return ids;
    }

    private IndexSearcher acquire() {
        try {
            searchers.maybeRefreshBlocking();
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be read", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be released", e);
        }
    }

    /**
     * Every clause must match, each in any one field: a word in the title and another in the text will do. Each
     * word is looked for by its stem, as the texts are indexed.
     */
    static Query queryOf(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> clause : query.clauses()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            String[] stems = clause.stream().map(StemmingAnalyzer::stem).toArray(String[]::new);
            for (SearchField field : SearchField.values()) {
                anyField.add(stems.length == 1 ? new TermQuery(new Term(field.label(), stems[0]))
                        : new PhraseQuery(field.label(), stems), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Weight weightOf(IndexSearcher searcher, SearchQuery query) throws IOException {
        return searcher.createWeight(searcher.rewrite(queryOf(query)), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    private List<Matched> matching(IndexSearcher searcher, Weight weight) throws IOException {
        List<Matched> matched = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ORDER);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    Indexed source = indexed.get(ids.longValue());
                    if (source != null) {
                        matched.add(new Matched(source, leaf, doc));
                    }
                }
            }
        }
        matched.sort(Comparator.comparingLong(match -> match.source().source().id()));
        return matched;
    }

    private static List<SearchHit> hitsIn(Weight weight, Matched match) throws IOException {
        Matches matches = weight.matches(match.leaf(), match.doc());
        List<SearchHit> hits = new ArrayList<>();
        if (matches == null) {
            return hits;
        }
        for (SearchField field : fieldsInHitOrder()) {
            MatchesIterator places = matches.getMatches(field.label());
            if (places == null) {
                continue;
            }
            String value = field.isText() ? match.source().text() : field.valueOf(match.source().source());
            List<int[]> spans = new ArrayList<>();
            while (places.next()) {
                if (places.startOffset() >= 0) {
                    spans.add(new int[] {places.startOffset(), places.endOffset()});
                }
            }
            for (int[] span : merged(spans)) {
                hits.add(new SearchHit(field, span[0], span[1], Snippet.around(value, span[0], span[1])));
            }
        }
        return hits;
    }

    /** Hits in text order, overlapping ones (a word that is also part of a phrase asked for) made one. */
    private static List<int[]> merged(List<int[]> spans) {
        spans.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else if (span[1] > span[0]) {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private static List<SearchField> fieldsInHitOrder() {
        List<SearchField> order = new ArrayList<>(List.of(SearchField.values()));
        order.remove(SearchField.TEXT);
        order.add(SearchField.TEXT);
        return order;
    }

    /** The source with {@code id} as the index holds it, if it does. */
    public Optional<Source> source(long id) {
        return Optional.ofNullable(indexed.get(id)).map(Indexed::source);
    }

    private static Term idTerm(long sourceId) {
        return new Term(ID, Long.toString(sourceId));
    }

    private static String describe(Source source) {
        return source.title().isBlank() ? source.outlet() : source.title();
    }

    private static FieldType wordsWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be closed", e);
        }
    }
}
