package org.factdesk.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. The writers above it (picocli's PrintWriter, a PrintStream)
 * swallow write errors, so without this an export to a full disk ({@code > /dev/full}) or a closed stdout would
 * end with status 0 and nothing written. The first failure is kept for the one error line; later writes still
 * throw, so the writers above keep their error flag. One run, on the calling thread.
 */
final class StdoutGuard extends FilterOutputStream {

    private IOException failure;

    StdoutGuard(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * Why standard output failed, if it did: the stream's own exception, or, for a PrintStream that hid it (as
     * System.out does), a plain stand-in.
     */
    Optional<String> failure() {
        if (failure != null) {
            return Optional.of(FailureReport.reason(failure));
        }
        if (out instanceof PrintStream print && print.checkError()) {
            return Optional.of("the write failed");
        }
        return Optional.empty();
    }
}
