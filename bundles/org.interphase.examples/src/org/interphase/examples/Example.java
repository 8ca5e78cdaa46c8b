package org.interphase.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One example project shipped with Interphase: a folder of {@code .iph} models (and their data files) from the
 * repository's {@code examples/}, with the description its main model opens with.
 */
public final class Example {

    private final String name;
    private final String description;
    private final String mainFile;
    private final Map<String, URL> contents;

    Example(String name, String description, String mainFile, Map<String, URL> contents) {
        this.name = name;
        this.description = description;
        this.mainFile = mainFile;
        this.contents = new TreeMap<>(contents);
    }

    /** The folder name, e.g. {@code paa-peo-on-latp}; also the name of the project or folder it becomes. */
    public String name() {
        return name;
    }

    /** The text of the main model's first comment: what the example models and where its numbers come from. */
    public String description() {
        return description;
    }

    /** The model to open first, relative to the example folder, e.g. {@code paa-peo-on-latp.iph}. */
    public String mainFile() {
        return mainFile;
    }

    /** Every file of the example, relative to the example folder, with {@code /} separators, sorted. */
    public List<String> files() {
        return List.copyOf(contents.keySet());
    }

    /** The content of {@code file}, one of {@link #files()}. */
    public InputStream open(String file) throws IOException {
        URL url = contents.get(file);
        if (url == null) {
            throw new IllegalArgumentException(file + " is not a file of the example " + name);
        }
        return url.openStream();
    }

    @Override
    public String toString() {
        return name;
    }
}
