package org.factdesk.ui.shell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.AbstractPreferences;

/**
 * A preferences node that keeps its values in memory, as Java's user preferences do, and copies them to a
 * "disk" only when flushed: a new node over the same disk sees what a killed process would have left behind.
 * Flat (no child nodes). Thread-safe, as AbstractPreferences locks around every call here.
 */
final class DiskPreferences extends AbstractPreferences {

    private final Map<String, String> memory = new ConcurrentHashMap<>();
    private final Map<String, String> disk;
    private final AtomicInteger flushes = new AtomicInteger();
    private volatile String flushedOn = "";

    /** A node as a process starting now finds it: holding what is on {@code disk}. */
    DiskPreferences(Map<String, String> disk) {
        super(null, "");
        this.disk = disk;
        memory.putAll(disk);
    }

    /** A disk to share between nodes, as successive runs of the app share one. */
    static Map<String, String> newDisk() {
        return new ConcurrentHashMap<>();
    }

    int flushes() {
        return flushes.get();
    }

    /** The name of the thread the last flush ran on. */
    String flushedOn() {
        return flushedOn;
    }

    @Override
    protected void putSpi(String key, String value) {
        memory.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return memory.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        memory.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        memory.clear();
    }

    @Override
    protected String[] keysSpi() {
        return memory.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("a flat test node has no children");
    }

    @Override
    protected void syncSpi() {
        flushSpi();
    }

    @Override
    protected void flushSpi() {
        disk.clear();
        disk.putAll(memory);
        flushedOn = Thread.currentThread().getName();
        flushes.incrementAndGet();
    }
}
