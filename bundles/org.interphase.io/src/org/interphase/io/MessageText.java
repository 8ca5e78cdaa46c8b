package org.interphase.io;

import java.util.List;

/**
 * Text from a file quoted in a message: control characters and line separators (CR, ESC, U+2028, ...) are written as
 * escapes and long text is shortened, so that a {@code file:line: ...} message stays one readable line whatever the
 * file holds.
 */
final class MessageText {

    private static final int MAX_CHARS = 60;

    private MessageText() {
    }

    private static final int MAX_ITEMS = 30;

    /** A cell or heading in single quotes, escaped and shortened to its first {@value #MAX_CHARS} characters. */
    static String quote(String text) {
        return "'" + shortened(text) + "'";
    }

    /** Headings as a comma-separated list, each escaped and shortened, at most {@value #MAX_ITEMS} of them. */
    static String list(List<String> items) {
        String shown = String.join(", ", items.stream().limit(MAX_ITEMS).map(MessageText::shortened).toList());
        return items.size() > MAX_ITEMS ? shown + ", …" : shown;
    }

    private static String shortened(String text) {
        return escape(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text);
    }

    /** {@code text} with control characters and line separators escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
