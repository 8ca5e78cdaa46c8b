package org.interphase.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example projects packed into this bundle's {@code examples/} folder at build time: every folder holding
 * {@code .iph} models is one example, in alphabetical order.
 */
public final class ExampleCatalog {

    /** The bundle folder the build copies the repository's examples into (see pom.xml). */
    private static final String FOLDER = "examples/";
    private static final String MODEL_EXTENSION = ".iph";
    private static final Pattern FIRST_COMMENT = Pattern.compile("\\A\\s*/\\*+(.*?)\\*/", Pattern.DOTALL);

    private ExampleCatalog() {
    }

    /** The examples shipped in the installed bundle; empty if the bundle was built without them. */
    public static List<Example> installed() {
        Map<String, Map<String, URL>> contentsByExample = new TreeMap<>();
        Bundle bundle = FrameworkUtil.getBundle(ExampleCatalog.class);
        Enumeration<URL> urls = bundle == null ? null : bundle.findEntries(FOLDER, "*", true);
        while (urls != null && urls.hasMoreElements()) {
            URL url = urls.nextElement();
            String path = url.getPath();
            String relative = path.substring(path.indexOf(FOLDER) + FOLDER.length());
            int slash = relative.indexOf('/');
            if (slash > 0 && !relative.endsWith("/")) {
                contentsByExample.computeIfAbsent(relative.substring(0, slash), k -> new TreeMap<>())
                        .put(relative.substring(slash + 1), url);
            }
        }
        List<Example> examples = new ArrayList<>();
        contentsByExample.forEach((name, contents) -> mainFile(name, contents).ifPresent(
                main -> examples.add(new Example(name, description(read(contents.get(main))), main, contents))));
        return List.copyOf(examples);
    }

    /** The example called {@code name}, if installed. */
    public static Optional<Example> named(String name) {
        return installed().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The text of the comment a model starts with, without the comment markers and the leading asterisks of its
     * lines, the lines joined with spaces; empty if the model does not start with a block comment.
     */
    static String description(String model) {
        Matcher comment = FIRST_COMMENT.matcher(model);
        if (!comment.find()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : comment.group(1).split("\\R")) {
            String stripped = line.strip().replaceFirst("^\\*+", "").strip();
            if (!stripped.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(stripped);
            }
        }
        return text.toString();
    }

    /** The model named after its folder (the convention of examples/), else the folder's first model, if any. */
    private static Optional<String> mainFile(String name, Map<String, URL> contents) {
        String conventional = name + MODEL_EXTENSION;
        if (contents.containsKey(conventional)) {
            return Optional.of(conventional);
        }
        return contents.keySet().stream().filter(f -> f.endsWith(MODEL_EXTENSION)).findFirst();
    }

    private static String read(URL model) {
        try (InputStream in = model.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example model " + model, e);
        }
    }
}
