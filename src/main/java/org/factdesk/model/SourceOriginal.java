package org.factdesk.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The file a source was imported from, byte for byte, so that it can be extracted again later with other
 * settings. Not a record: a record would compare its bytes by identity and hand out its own array. Immutable:
 * the bytes are copied in and out.
 *
 * @see SourceLibrary#storeOriginal(long, SourceOriginal)
 */
public final class SourceOriginal {

    private final String fileName;
    private final String mediaType;
    private final byte[] bytes;

    /**
     * @param fileName the file's own name, without its folder ("ferry.html")
     * @param mediaType its media type ("text/html"), or empty when unknown
     */
    public SourceOriginal(String fileName, String mediaType, byte[] bytes) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("an original file needs its name");
        }
        this.fileName = fileName;
        this.mediaType = Texts.orEmpty(mediaType);
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A copy of the file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceOriginal that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "SourceOriginal[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
