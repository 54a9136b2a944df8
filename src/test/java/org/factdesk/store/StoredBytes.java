package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Alters a closed project file the way a bad disk sector or a careless tool would: a few bytes of a stored text
 * changed in place, length kept, behind H2's back; or rows changed through SQL, behind Factdesk's. Test helper;
 * one test at a time per file.
 */
public final class StoredBytes {

    private StoredBytes() {
    }

    /**
     * Replaces every occurrence of {@code word}'s UTF-8 bytes in {@code file} with {@code replacement}'s (same
     * length); every copy, because H2 keeps older copies of a page in the file until it compacts it.
     */
    public static void alter(Path file, String word, String replacement) throws IOException {
        byte[] from = word.getBytes(StandardCharsets.UTF_8);
        byte[] to = replacement.getBytes(StandardCharsets.UTF_8);
        assertEquals(from.length, to.length, "the alteration keeps the length");
        byte[] bytes = Files.readAllBytes(file);
        int found = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (matches(bytes, i, from)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                found++;
            }
        }
        assertTrue(found > 0, word + " is stored in " + file);
        Files.write(file, bytes);
    }

    /** Runs {@code statement} on the closed project through plain JDBC, as a tool outside Factdesk would. */
    public static void sql(Path file, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(file, true), "", "");
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] word) {
        for (int j = 0; j < word.length; j++) {
            if (bytes[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
