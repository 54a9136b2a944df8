package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/a                    | https://example.org/a",
            "' HTTPS://Example.org/x '                | https://Example.org/x",
            "HtTp://example.org                       | http://example.org",
            "http://example.org:8080/p?q=1&r=2#frag   | http://example.org:8080/p?q=1&r=2#frag",
            "https://example.org/a b                  | https://example.org/a%20b",
            "https://example.org/café                 | https://example.org/caf%C3%A9",
            "https://example.org/100%                 | https://example.org/100%25",
            "https://example.org/%20kept              | https://example.org/%20kept",
            "https://example.org/#a#b                 | https://example.org/#a%23b",
            "https://example.org/\"><script>x{y}`     | https://example.org/%22%3E%3Cscript%3Ex%7By%7D%60",
            "https://example.org/r\u202Egnp.exe       | https://example.org/r%E2%80%AEgnp.exe",
            "https://bücher.example/                  | https://bücher.example/"})
    void httpAndHttpsUrlsAreLinkedWithUnsafeCharactersEncoded(String url, String expected) {
        assertEquals(Optional.of(expected), WebUrl.linkable(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "\tjavascript:alert(1) ",
            "javascript://example.org/%0Aalert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/",
            "mailto:desk@example.org", "https://", "https:///path", "https:example.org", "//example.org/x",
            "https://trusted.example@evil.example/", "https://example.org\\@evil.example", "https://exa mple.org/",
            "https://example.org:80x/", "\"><img src=x onerror=alert(1)>", "https://example.org:65536/",
            "https://example.org:99999/", "http://example.org:0/", "http://example.org:00000/x",
            "https://example.org:/", "https://example.org:123456/", "https://example.org:-1/",
            "https://example.org:+80/", "https://example.org:８０/"})
    void anythingElseStaysPlainText(String url) {
        assertEquals(Optional.empty(), WebUrl.linkable(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://example.org:1/           | http://example.org:1/",
            "http://example.org:80           | http://example.org:80",
            "https://example.org:65535/a     | https://example.org:65535/a",
            "https://example.org:00443/      | https://example.org:00443/",
            "https://example.org:8443?q=1    | https://example.org:8443?q=1",
            "https://example.org:8443#top    | https://example.org:8443#top"})
    void portsFromOneTo65535AreLinked(String url, String expected) {
        assertEquals(Optional.of(expected), WebUrl.linkable(url));
    }

    @Test
    void pipeAndBackslashAreEncoded() {
        assertEquals(Optional.of("https://example.org/a%5Cb%5Ec%7Cd"),
                WebUrl.linkable("https://example.org/a\\b^c|d"));
    }

    @Test
    void markdownUrlsAlsoEncodeParentheses() {
        assertEquals(Optional.of("https://example.org/Pier_%28bridge%29%20x"),
                WebUrl.linkableInMarkdown("https://example.org/Pier_(bridge) x"));
    }
}
