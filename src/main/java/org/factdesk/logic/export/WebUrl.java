package org.factdesk.logic.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a source's url may become a link in an export, and writes it in a form that cannot break out
 * of an attribute or a Markdown link. Only http and https urls with a plain host qualify: never javascript:,
 * data:, file: or anything else, and only a port from 1 to 65535 (a larger one fails HTML validation, and no
 * server listens on port 0). Stateless; any thread.
 */
final class WebUrl {

    // A plain host name and optional port. No user info: "https://trusted.example@evil.example" goes to
    // evil.example, and a reader would be misled by the link text, so such a url stays plain text.
    private static final Pattern AUTHORITY = Pattern.compile("[\\p{L}\\p{N}.-]+(?::([0-9]{1,5}))?");

    private static final int HIGHEST_PORT = 65_535;

    // Characters a url may hold as they are (WHATWG "url code points", ASCII part); all else is percent-encoded.
    private static final String ALLOWED = "!$&'()*+,-./:;=?@_~";

    private WebUrl() {
    }

    /**
     * The url, trimmed and with unsafe characters percent-encoded, when its scheme is http or https (in any
     * case) and it names a host; empty otherwise.
     */
    static Optional<String> linkable(String url) {
        String trimmed = url.strip();
        int schemeEnd = trimmed.indexOf("://");
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        String scheme = trimmed.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String rest = trimmed.substring(schemeEnd + 3);
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        Matcher parts = AUTHORITY.matcher(authority);
        if (!parts.matches() || !isUsablePort(parts.group(1))) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + authority + encodeRest(rest.substring(authorityEnd)));
    }

    /** As {@link #linkable}, with parentheses also encoded so the url can sit inside Markdown's ( ). */
    static Optional<String> linkableInMarkdown(String url) {
        return linkable(url).map(link -> link.replace("(", "%28").replace(")", "%29"));
    }

    /** No port, or one a server can listen on; leading zeros are allowed, as browsers read "080" as 80. */
    private static boolean isUsablePort(String port) {
        if (port == null) {
            return true;
        }
        int number = Integer.parseInt(port);
        return number >= 1 && number <= HIGHEST_PORT;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String encodeRest(String rest) {
        StringBuilder encoded = new StringBuilder(rest.length());
        boolean inFragment = false;
        int i = 0;
        while (i < rest.length()) {
            int codePoint = rest.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint == '#' && !inFragment) {
                inFragment = true;
                encoded.append('#');
            } else if (codePoint == '%' && isHexPair(rest, i + 1)) {
                encoded.append('%');
            } else if (codePoint < 128 && (Character.isLetterOrDigit(codePoint) || ALLOWED.indexOf(codePoint) >= 0)) {
                encoded.append((char) codePoint);
            } else {
                percentEncode(rest.substring(i, i + width), encoded);
            }
            i += width;
        }
        return encoded.toString();
    }

    private static boolean isHexPair(String text, int from) {
        return from + 1 < text.length() && isHex(text.charAt(from)) && isHex(text.charAt(from + 1));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void percentEncode(String character, StringBuilder encoded) {
        // A lone surrogate encodes as "?" in UTF-8; that is the best a broken string can give.
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }
}
