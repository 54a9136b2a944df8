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
 * (scheme, "www.", a trailing slash, tracking parameters, the fragment) and a MinHash signature of its text's
 * five-word shingles, from which the share of shingles two texts have in common (their Jaccard similarity) is
 * estimated. Two copies of one article, one with a cookie line or a footer more, share nearly all shingles;
 * two articles on the same event share few. Immutable; any thread.
 */
public final class ArticleFingerprint {

    /** Signature length: the estimate's error is about 1/sqrt(128), under 0.09, enough to tell 0.9 from 0.3. */
    static final int HASHES = 128;
    private static final int SHINGLE_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern AMPERSAND = Pattern.compile("&");

    private final Optional<String> address;
    private final long[] signature;
    /** For texts too short to have shingles: the words themselves, compared whole. */
    private final String shortText;

    private ArticleFingerprint(Optional<String> address, long[] signature, String shortText) {
        this.address = address;
        this.signature = signature;
        this.shortText = shortText;
    }

    /** The fingerprint of an article with this address (may be blank) and text. */
    public static ArticleFingerprint of(String url, String text) {
        List<String> words = words(text);
        if (words.size() < SHINGLE_WORDS) {
            return new ArticleFingerprint(canonicalAddress(url), null, String.join(" ", words));
        }
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            long shingle = hash(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
            for (int h = 0; h < HASHES; h++) {
                long value = mix(shingle ^ SEEDS[h]);
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return new ArticleFingerprint(canonicalAddress(url), signature, null);
    }

    /** True when both have an address and the addresses name the same page. */
    public boolean sameAddress(ArticleFingerprint other) {
        return address.isPresent() && address.equals(other.address);
    }

    /** The estimated share of five-word sequences the two texts have in common, from 0 to 1. */
    public double similarity(ArticleFingerprint other) {
        if (signature == null || other.signature == null) {
            return shortText != null && shortText.equals(other.shortText) ? 1 : 0;
        }
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (signature[h] == other.signature[h]) {
                same++;
            }
        }
        return (double) same / HASHES;
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

    private static long hash(String shingle) {
        long hash = 0xcbf29ce484222325L; // FNV-1a, then mixed: quick and spreads short strings well
        for (int i = 0; i < shingle.length(); i++) {
            hash ^= shingle.charAt(i);
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: a bijection that scrambles every bit, used as the family of hash functions. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = seeds();

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5eed_f00d_cafeL;
        for (int i = 0; i < HASHES; i++) {
            state = mix(state);
            seeds[i] = state;
        }
        return seeds;
    }
}
