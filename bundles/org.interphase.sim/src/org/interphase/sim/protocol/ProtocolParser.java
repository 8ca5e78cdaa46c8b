package org.interphase.sim.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.units.CRate;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;

/**
 * Reads PyBaMM-style step sentences ("Discharge at C/10 for 10 hours or until 3.3 V") and
 * experiment texts made of them. Keywords are matched without regard to case; quantities and
 * C-rates are read by {@code org.interphase.core.units}. Every error names the column and shows
 * a sentence that would have worked.
 */
final class ProtocolParser {

    static final String EXAMPLE = "'Discharge at C/10 until 2.5 V'";
    private static final String FOR = "for";
    private static final String UNTIL = "until";
    private static final String OR = "or";
    private static final String AT = "at";
    /** A repeat suffix: "× 100", "x 100" or "* 100" at the end of a line or group header. */
    private static final Pattern REPEAT = Pattern.compile("\\s*[×xX*]\\s*(\\d+)\\s*$");
    private static final Pattern REPEAT_TIMES = Pattern.compile("(?i)repeat\\s+(\\d+)\\s+times?");
    private static final Pattern CYCLE_HEADER = Pattern.compile("(?i)cycle");

    private ProtocolParser() {
    }

    /** A word of a sentence and its 0-based column in the line. */
    private record Word(String text, int column) {
        boolean is(String keyword) {
            return text.equalsIgnoreCase(keyword);
        }

        int end() {
            return column + text.length();
        }
    }

    /** Where the sentence sits in the experiment text, for messages. */
    private record Place(String sentence, int line, int offset) {
        ProtocolException error(String problem, int column, String advice) {
            return new ProtocolException(problem + " at column " + (offset + column + 1)
                    + (line > 0 ? " of line " + (line + 1) : "") + " in '" + sentence + "'" + advice, line,
                    offset + column);
        }
    }

    /**
     * @param sentence the sentence
     * @param line     0-based line of the experiment text it comes from
     * @param offset   column of the sentence's first character in that line
     */
    static Step step(String sentence, int line, int offset) {
        if (sentence == null || sentence.isBlank()) {
            throw new ProtocolException("empty step; write a sentence such as " + EXAMPLE, line, offset);
        }
        Place place = new Place(sentence.strip(), line, offset + leadingBlanks(sentence));
        List<Word> words = words(place.sentence());
        Word verb = words.get(0);
        String lower = verb.text().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "charge", "discharge" -> constantCurrent(place, words,
                    lower.equals("charge") ? Direction.CHARGE : Direction.DISCHARGE);
            case "hold" -> hold(place, words);
            case "rest" -> rest(place, words);
            default -> throw place.error("unknown instruction '" + verb.text() + "'", verb.column(),
                    "; a step starts with Charge, Discharge, Hold or Rest, e.g. " + EXAMPLE
                            + ", 'Hold at 4.2 V until C/50' or 'Rest for 1 hour'");
        };
    }

    private static Step constantCurrent(Place place, List<Word> words, Direction direction) {
        int end = valueEnd(words, 2);
        List<Word> value = setting(place, words, end, direction.verb() + " at C/10 until 2.5 V");
        CurrentSetting current = current(place, value, direction.verb());
        List<Termination> terminations = terminations(place, words, end);
        String example = "; e.g. '" + direction.verb() + " at " + current.text() + " until "
                + (direction == Direction.CHARGE ? "4.2 V" : "2.5 V") + "' or '" + direction.verb() + " at "
                + current.text() + " for 1 hour'";
        if (terminations.isEmpty()) {
            throw place.error("this step never ends", words.get(end - 1).end(), "; add a cut-off" + example);
        }
        for (Termination t : terminations) {
            if (t instanceof Termination.Current) {
                throw place.error("a constant-current step cannot end on a current", columnOf(words, t),
                        "; end it on a voltage, a time or a capacity" + example);
            }
        }
        String text = direction.verb() + " at " + current.text() + clauses(terminations);
        return new Step.ConstantCurrent(direction, current, terminations, text);
    }

    private static Step hold(Place place, List<Word> words) {
        int end = valueEnd(words, 2);
        List<Word> value = setting(place, words, end, "Hold at 4.2 V until C/50");
        Quantity volts = quantity(place, value);
        if (!volts.dimension().equals(Dimension.VOLTAGE) || volts.si() <= 0) {
            throw place.error("'" + volts.text() + "' is not a cell voltage to hold", value.get(0).column(),
                    "; write a positive voltage, e.g. 'Hold at 4.2 V until C/50'");
        }
        List<Termination> terminations = terminations(place, words, end);
        if (terminations.isEmpty()) {
            throw place.error("this hold never ends", words.get(end - 1).end(),
                    "; end it on a current or a time, e.g. 'Hold at " + volts.text() + " until C/50'");
        }
        for (Termination t : terminations) {
            if (t instanceof Termination.Voltage) {
                throw place.error("a voltage hold cannot end on a voltage", columnOf(words, t),
                        "; end it on a current or a time, e.g. 'Hold at " + volts.text() + " until C/50'");
            }
        }
        return new Step.ConstantVoltage(volts.si(), volts.text(), terminations,
                "Hold at " + volts.text() + clauses(terminations));
    }

    private static Step rest(Place place, List<Word> words) {
        if (words.size() > 1 && words.get(1).is(AT)) {
            throw place.error("a rest has no setting", words.get(1).column(), "; write e.g. 'Rest for 1 hour'");
        }
        List<Termination> terminations = terminations(place, words, 1);
        if (terminations.size() != 1 || !(terminations.get(0) instanceof Termination.Duration)) {
            int column = words.size() > 1 ? words.get(1).column() : words.get(0).end();
            throw place.error("a rest lasts a given time", column, "; write e.g. 'Rest for 1 hour'");
        }
        return new Step.Rest(terminations, "Rest" + clauses(terminations));
    }

    /** The setting after "at" (words 2 .. end), checking that "at" is there. */
    private static List<Word> setting(Place place, List<Word> words, int end, String example) {
        Word verb = words.get(0);
        if (words.size() < 2 || !words.get(1).is(AT)) {
            int column = words.size() < 2 ? verb.end() : words.get(1).column();
            throw place.error("expected 'at' after '" + verb.text() + "'", column, "; write e.g. '" + example + "'");
        }
        if (end <= 2) {
            throw place.error("missing value after 'at'", words.get(1).end(), "; write e.g. '" + example + "'");
        }
        return words.subList(2, end);
    }

    private static CurrentSetting current(Place place, List<Word> value, String verb) {
        String text = joined(value);
        if (looksLikeCRate(text)) {
            return new CurrentSetting.OfCRate(cRate(place, value), text);
        }
        Quantity quantity = quantity(place, value);
        int column = value.get(0).column();
        if (quantity.si() <= 0) {
            throw place.error("the current must be positive", column, "; '" + verb
                    + "' already says the direction, e.g. '" + verb + " at 1 mA until 2.5 V'");
        }
        Dimension dimension = quantity.dimension();
        if (dimension.equals(Dimension.CURRENT)) {
            return new CurrentSetting.Absolute(quantity.si(), quantity.text());
        }
        if (dimension.equals(Dimension.CURRENT_DENSITY)) {
            return new CurrentSetting.Density(quantity.si(), quantity.text());
        }
        if (dimension.equals(Dimension.VOLTAGE)) {
            throw place.error("'" + verb + " at' takes a current, not a voltage", column,
                    "; to hold a voltage write 'Hold at " + quantity.text() + " until C/50'");
        }
        if (dimension.equals(Dimension.POWER)) {
            throw place.error("constant-power steps are not supported by the cycling engine", column,
                    "; give a C-rate, a current or a current density, e.g. '" + verb + " at C/10 until 2.5 V'");
        }
        throw place.error("expected a C-rate (C/10, 2C), a current (1 mA) or a current density (0.5 mA/cm2) but '"
                + quantity.text() + "' is " + dimension.describe(), column, "; e.g. " + EXAMPLE);
    }

    /** "for ..." and "until ... or ..." clauses from word {@code start} on. */
    private static List<Termination> terminations(Place place, List<Word> words, int start) {
        List<Termination> terminations = new ArrayList<>();
        int i = start;
        while (i < words.size()) {
            Word keyword = words.get(i);
            boolean duration = keyword.is(FOR);
            if (!duration && !keyword.is(UNTIL) && !keyword.is(OR)) {
                throw place.error("unexpected '" + keyword.text() + "'", keyword.column(),
                        "; after the setting come 'for <time>' and/or 'until <limit>', e.g. "
                                + "'Discharge at C/10 for 10 hours or until 3.3 V'");
            }
            int valueStart = i + 1;
            if (keyword.is(OR) && valueStart < words.size()
                    && (words.get(valueStart).is(FOR) || words.get(valueStart).is(UNTIL))) {
                duration = words.get(valueStart).is(FOR);
                valueStart++;
            }
            int end = valueEnd(words, valueStart);
            if (end == valueStart) {
                throw place.error("missing value after '" + words.get(valueStart - 1).text() + "'",
                        words.get(valueStart - 1).end(), "; e.g. 'until 2.5 V' or 'for 1 hour'");
            }
            Termination termination = termination(place, words.subList(valueStart, end), duration);
            for (Termination other : terminations) {
                if (other.getClass() == termination.getClass()) {
                    throw place.error("two limits of the same kind", words.get(valueStart).column(),
                            "; give each kind of limit once, e.g. 'Discharge at C/10 for 10 hours or until 3.3 V'");
                }
            }
            terminations.add(termination);
            i = end;
        }
        return terminations;
    }

    private static Termination termination(Place place, List<Word> value, boolean duration) {
        String text = joined(value);
        int column = value.get(0).column();
        if (!duration && looksLikeCRate(text)) {
            return new Termination.Current(new CurrentSetting.OfCRate(cRate(place, value), text), text);
        }
        Quantity quantity = quantity(place, value);
        if (quantity.si() <= 0) {
            throw place.error("a limit must be positive, got '" + quantity.text() + "'", column, "; e.g. " + EXAMPLE);
        }
        Dimension dimension = quantity.dimension();
        if (duration && !dimension.equals(Dimension.TIME)) {
            throw place.error("'for' takes a time but '" + quantity.text() + "' is " + dimension.describe(), column,
                    "; write e.g. 'for 1 hour', or 'until " + quantity.text() + "'");
        }
        if (dimension.equals(Dimension.TIME)) {
            return new Termination.Duration(quantity.si(), quantity.text());
        }
        if (dimension.equals(Dimension.VOLTAGE)) {
            return new Termination.Voltage(quantity.si(), quantity.text());
        }
        if (dimension.equals(Dimension.CURRENT)) {
            return new Termination.Current(new CurrentSetting.Absolute(quantity.si(), quantity.text()), quantity.text());
        }
        if (dimension.equals(Dimension.CURRENT_DENSITY)) {
            return new Termination.Current(new CurrentSetting.Density(quantity.si(), quantity.text()), quantity.text());
        }
        if (dimension.equals(Dimension.CHARGE)) {
            return new Termination.Capacity(quantity.si() / 3600, quantity.text());
        }
        throw place.error("'until' takes a voltage (2.5 V), a current (C/50, 1 mA), a time (1 hour) or a capacity "
                + "(1 mAh) but '" + quantity.text() + "' is " + dimension.describe(), column, "; e.g. " + EXAMPLE);
    }

    private static String clauses(List<Termination> terminations) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terminations.size(); i++) {
            Termination t = terminations.get(i);
            sb.append(i == 0 ? " " : " or ").append(t instanceof Termination.Duration ? FOR : UNTIL).append(' ')
                    .append(t.text());
        }
        return sb.toString();
    }

    private static boolean looksLikeCRate(String text) {
        // A bare C in a current is a C-rate, never the coulomb: "C/10", "0.1C", "2 C".
        return text.startsWith("C") || text.endsWith("C");
    }

    private static CRate cRate(Place place, List<Word> value) {
        try {
            return CRate.parse(joined(value));
        } catch (QuantityException e) {
            throw place.error(e.getMessage(), columnIn(value, e.column()), "");
        }
    }

    private static Quantity quantity(Place place, List<Word> value) {
        String text = joined(value);
        try {
            return Units.parse(text);
        } catch (QuantityException e) {
            throw place.error("cannot read '" + text + "': " + e.getMessage(), columnIn(value, e.column()),
                    "; e.g. " + EXAMPLE);
        }
    }

    /** The column in the sentence of offset {@code index} in the value's words joined by single blanks. */
    private static int columnIn(List<Word> value, int index) {
        int remaining = Math.max(index, 0);
        for (Word word : value) {
            if (remaining <= word.text().length()) {
                return word.column() + remaining;
            }
            remaining -= word.text().length() + 1;
        }
        return value.get(0).column();
    }

    /** The index of the first clause keyword at or after {@code from}, or the number of words. */
    private static int valueEnd(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && !words.get(i).is(FOR) && !words.get(i).is(UNTIL) && !words.get(i).is(OR)) {
            i++;
        }
        return i;
    }

    private static int columnOf(List<Word> words, Termination termination) {
        String first = termination.text().split(" ")[0];
        return words.stream().filter(w -> w.text().equals(first)).mapToInt(Word::column).findFirst().orElse(0);
    }

    private static String joined(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word word : words) {
            sb.append(sb.isEmpty() ? "" : " ").append(word.text());
        }
        return sb.toString();
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < sentence.length() && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(sentence.substring(start, i), start));
            }
        }
        return words;
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------
    // Experiment texts

    /**
     * Reads an experiment: one step or group per line. A line is a sentence, optionally repeated
     * ("Rest for 1 hour × 3"), or a parenthesised group of sentences separated by commas
     * ("(Charge at C/10 until 4.2 V, Discharge at C/10 until 3.2 V) × 100"). A header
     * "Cycle × 100:" (or "Cycle:", "Repeat 100 times:") starts a group whose steps are the
     * indented lines below it. Blank lines and lines starting with '#' are ignored.
     */
    static Experiment experiment(String text) {
        if (text == null || text.isBlank()) {
            throw new ProtocolException("the experiment is empty; write one step per line, e.g. " + EXAMPLE, 0, 0);
        }
        List<StepGroup> groups = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (isSkipped(line)) {
                i++;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                throw new ProtocolException("indented line " + (i + 1) + " outside a cycle; indent steps only under a "
                        + "header such as 'Cycle × 100:'", i, leadingBlanks(line));
            }
            String content = line.strip();
            if (content.endsWith(":")) {
                int header = i;
                int repeats = headerRepeats(content.substring(0, content.length() - 1).strip(), i);
                List<Step> steps = new ArrayList<>();
                i++;
                while (i < lines.length && (isSkipped(lines[i]) || Character.isWhitespace(lines[i].charAt(0)))) {
                    if (!isSkipped(lines[i])) {
                        steps.add(step(lines[i], i, 0));
                    }
                    i++;
                }
                if (steps.isEmpty()) {
                    throw new ProtocolException("'" + content + "' on line " + (header + 1) + " has no steps; indent "
                            + "its steps below it, e.g. '    " + EXAMPLE.replace("'", "") + "'", header, 0);
                }
                groups.add(new StepGroup(steps, repeats));
            } else {
                groups.add(inlineGroup(line, i));
                i++;
            }
        }
        if (groups.isEmpty()) {
            throw new ProtocolException("the experiment has only comments; write one step per line, e.g. " + EXAMPLE,
                    0, 0);
        }
        return new Experiment(groups);
    }

    private static boolean isSkipped(String line) {
        return line.isBlank() || line.strip().startsWith("#");
    }

    private static int headerRepeats(String header, int line) {
        Matcher times = REPEAT_TIMES.matcher(header);
        if (times.matches()) {
            return count(times.group(1), line, times.start(1));
        }
        Matcher repeat = REPEAT.matcher(header);
        boolean repeated = repeat.find();
        String name = repeated ? header.substring(0, repeat.start()).strip() : header;
        if (!CYCLE_HEADER.matcher(name).matches()) {
            throw new ProtocolException("'" + header + ":' on line " + (line + 1) + " is not a group header; write "
                    + "'Cycle:', 'Cycle × 100:' or 'Repeat 100 times:', or drop the ':' of a step", line, 0);
        }
        return repeated ? count(repeat.group(1), line, repeat.start(1)) : 1;
    }

    private static StepGroup inlineGroup(String line, int lineIndex) {
        Matcher repeat = REPEAT.matcher(line);
        int repeats = 1;
        int end = line.length();
        if (repeat.find()) {
            repeats = count(repeat.group(1), lineIndex, repeat.start(1));
            end = repeat.start();
        }
        String body = line.substring(0, end).strip();
        int open = line.indexOf(body);
        if (!body.startsWith("(")) {
            return new StepGroup(List.of(step(line.substring(0, end), lineIndex, 0)), repeats);
        }
        if (!body.endsWith(")")) {
            throw new ProtocolException("a group opened with '(' on line " + (lineIndex + 1) + " is not closed; write "
                    + "'(Charge at C/10 until 4.2 V, Discharge at C/10 until 3.2 V) × 100'", lineIndex, open);
        }
        List<Step> steps = new ArrayList<>();
        int start = open + 1;
        int close = open + body.length() - 1;
        for (int comma = line.indexOf(',', start); ; comma = line.indexOf(',', start)) {
            int stop = comma < 0 || comma > close ? close : comma;
            steps.add(step(unquote(line.substring(start, stop)), lineIndex, start + quoteOffset(line, start, stop)));
            if (stop == close) {
                break;
            }
            start = stop + 1;
        }
        return new StepGroup(steps, repeats);
    }

    /** PyBaMM writes its steps in quotes; they are accepted and ignored. */
    private static String unquote(String part) {
        String stripped = part.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("'") && stripped.endsWith("'"))) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return part;
    }

    private static int quoteOffset(String line, int start, int stop) {
        String part = line.substring(start, stop);
        String stripped = part.strip();
        boolean quoted = stripped.length() >= 2 && (stripped.charAt(0) == '"' || stripped.charAt(0) == '\'');
        return quoted ? part.indexOf(stripped) + 1 : 0;
    }

    private static int count(String digits, int line, int column) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // too large for an int: reported below like zero
        }
        throw new ProtocolException("repeat count '" + digits + "' on line " + (line + 1) + " must be a whole number "
                + "from 1 to " + Integer.MAX_VALUE + ", e.g. '× 100'", line, column);
    }

    /** Shortest decimal form of a number: 4.2, 3, 0.05. */
    static String number(double value) {
        String s = Double.toString(value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
