package org.factdesk.logic.duplicates;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells one copy of an article from another: its address without the parts that vary between copies
 * (scheme, "www.", a trailing slash, tracking parameters, the fragment) and a MinHash sketch of its text's
 * five-word shingles, from which the share of shingles two texts have in common (their Jaccard similarity) is
 * estimated. Two copies of one article, one with a cookie line or a footer more, share nearly all shingles;
 * two articles on the same event share few. The sketch is the bottom-k kind: the {@value #HASHES} smallest
 * shingle hashes under one hash function, so each shingle costs one hash and, nearly always, one comparison
 * (fingerprinting every source of a 10 MB project is part of each import). Immutable; any thread.
 */
public final class ArticleFingerprint {

    /** Sketch size: the estimate's error is about 1/sqrt(128), under 0.09, enough to tell 0.9 from 0.3. */
    static final int HASHES = 128;
    private static final int SHINGLE_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern AMPERSAND = Pattern.compile("&");

    private final Optional<String> address;
    /** The smallest distinct shingle hashes, ascending; null for a text too short to have shingles. */
    private final long[] sketch;
    /** For texts too short to have shingles: the words themselves, compared whole. */
    private final String shortText;

    private ArticleFingerprint(Optional<String> address, long[] sketch, String shortText) {
        this.address = address;
        this.sketch = sketch;
        this.shortText = shortText;
    }

    /** The fingerprint of an article with this address (may be blank) and text. */
    public static ArticleFingerprint of(String url, String text) {
        List<String> words = words(text);
        if (words.size() < SHINGLE_WORDS) {
            return new ArticleFingerprint(canonicalAddress(url), null, String.join(" ", words));
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        BottomK smallest = new BottomK(HASHES);
        for (int i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
            long shingle = 0;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                shingle = shingle * 0x9e3779b97f4a7c15L + wordHashes[w];
            }
            smallest.offer(mix(shingle));
        }
        return new ArticleFingerprint(canonicalAddress(url), smallest.sorted(), null);
    }

    /** True when both have an address and the addresses name the same page. */
    public boolean sameAddress(ArticleFingerprint other) {
        return address.isPresent() && address.equals(other.address);
    }

    /**
     * The estimated share of five-word sequences the two texts have in common, from 0 to 1: of the smallest
     * hashes of both texts together, the share that both sketches hold.
     */
    public double similarity(ArticleFingerprint other) {
        if (sketch == null || other.sketch == null) {
            return shortText != null && shortText.equals(other.shortText) ? 1 : 0;
        }
        int union = 0;
        int both = 0;
        int a = 0;
        int b = 0;
        while (union < HASHES && (a < sketch.length || b < other.sketch.length)) {
            long mine = a < sketch.length ? sketch[a] : Long.MAX_VALUE;
            long theirs = b < other.sketch.length ? other.sketch[b] : Long.MAX_VALUE;
            if (a < sketch.length && b < other.sketch.length && mine == theirs) {
                both++;
                a++;
                b++;
            } else if (b >= other.sketch.length || (a < sketch.length && mine < theirs)) {
                a++;
            } else {
                b++;
            }
            union++;
        }
        return union == 0 ? 0 : (double) both / union;
    }

    /**
     * The page an address names, for comparison: lower-case host without "www.", no scheme, no fragment, no
     * trailing slash, and no tracking parameters (utm_*, fbclid, gclid); empty when there is no usable address.
     */
    static Optional<String> canonicalAddress(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> kept = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String parameter : AMPERSAND.splitAsStream(uri.getRawQuery()).toList()) {
                    int equals = parameter.indexOf('=');
                    String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
                    if (!parameter.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid")
                            && !name.equals("gclid")) {
                        kept.add(parameter);
                    }
                }
            }
            kept.sort(String::compareTo);
            return Optional.of(host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept)));
        } catch (URISyntaxException e) {
            return Optional.empty(); // not an address: only the text can tell
        }
    }

    /** Lower-case words of letters and digits, accents removed, so that typography does not count. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(folded);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static long hash(String word) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, then mixed: quick and spreads short strings well
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: a bijection that scrambles every bit. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The k smallest distinct values offered, kept in a max-heap so that a larger value is refused at once. */
    private static final class BottomK {

        private final long[] heap;
        private int size;

        BottomK(int k) {
            heap = new long[k];
        }

        void offer(long value) {
            if (size == heap.length && value >= heap[0]) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (heap[i] == value) {
                    return; // a shingle that occurs twice counts once
                }
            }
            if (size < heap.length) {
                heap[size] = value;
                siftUp(size++);
            } else {
                heap[0] = value;
                siftDown(0);
            }
        }

        long[] sorted() {
            long[] values = Arrays.copyOf(heap, size);
            Arrays.sort(values);
            return values;
        }

        private void siftUp(int index) {
            int child = index;
            while (child > 0 && heap[(child - 1) / 2] < heap[child]) {
                swap(child, (child - 1) / 2);
                child = (child - 1) / 2;
            }
        }

        private void siftDown(int index) {
            int parent = index;
            while (true) {
                int largest = parent;
                for (int child = 2 * parent + 1; child <= 2 * parent + 2 && child < size; child++) {
                    if (heap[child] > heap[largest]) {
                        largest = child;
                    }
                }
                if (largest == parent) {
                    return;
                }
                swap(parent, largest);
                parent = largest;
            }
        }

        private void swap(int i, int j) {
            long kept = heap[i];
            heap[i] = heap[j];
            heap[j] = kept;
        }
    }
}
