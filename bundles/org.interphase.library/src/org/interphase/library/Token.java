package org.interphase.library;

/**
 * One word of a library line: a bare word, a "quoted text", a lone {@code =}, or {@code key=value}
 * (the value possibly quoted). Columns are 0-based offsets into the line.
 *
 * @param key    the part before '=' of a key=value word; null otherwise
 * @param text   the word, the quoted text without quotes, or the value of key=value
 * @param quoted whether {@code text} was written in quotes
 * @param column where the word starts
 * @param end    where the word ends (exclusive)
 */
record Token(String key, String text, boolean quoted, int column, int end) {

    boolean isKeyValue() {
        return key != null;
    }

    /** A bare (unquoted, not key=value) word equal to {@code word}. */
    boolean is(String word) {
        return key == null && !quoted && text.equals(word);
    }

    /** As written, for messages. */
    String written() {
        String value = quoted ? "\"" + text + "\"" : text;
        return key == null ? value : key + "=" + value;
    }
}
