package org.factdesk.logic.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Runs the W3C Nu HTML checker in-process on a page and returns its errors. The schemas come from the
 * validator's own jar, so no network is used. Setting up the schema takes a moment, so one checker serves many
 * pages; not thread-safe.
 */
public final class NuHtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final Collector collector = new Collector();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

    public NuHtmlChecker() throws Exception {
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The checker's errors for this page, as "line:column message"; empty when the page is valid. */
    public List<String> errors(String html) throws IOException, SAXException {
        collector.messages.clear();
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {

        private final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // Warnings ("consider adding a lang attribute") are advice, not invalidity.
        }

        @Override
        public void error(SAXParseException exception) {
            messages.add(describe(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            messages.add("fatal " + describe(exception));
        }

        private static String describe(SAXParseException exception) {
            return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
        }
    }
}
