package org.interphase.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvReader.CsvReaderBuilder;

/**
 * How the cells of one delimited text row are separated and how their numbers are written. A user's CSV has one
 * decimal separator and the other one in a number is an error (it may be a thousands separator); tab-separated
 * instrument exports ({@link #TABS_ANY_DECIMAL}) take either, because EC-Lab and Gamry write a decimal comma on
 * Windows set to French or German and a comma cannot be anything else there.
 *
 * @param delimiter        between cells, e.g. ',', ';' or '\t'; delimiters inside double quotes belong to the cell
 * @param decimalSeparator '.' or ','
 * @param eitherDecimal    whether both '.' and ',' are read as the decimal separator
 */
record Cells(char delimiter, char decimalSeparator, boolean eitherDecimal) {

    /** Tab-separated, where a comma can only be a decimal comma. */
    static final Cells TABS_ANY_DECIMAL = new Cells('\t', ',', true);

    private static final Map<Character, CsvReaderBuilder> TOKENIZERS = new ConcurrentHashMap<>();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    Cells {
        if (delimiter == decimalSeparator) {
            throw new IllegalArgumentException("the delimiter and the decimal separator must differ");
        }
    }

    /** FastCSV set up for a delimiter; a builder is only read once built, so one per delimiter is shared. */
    private static CsvReaderBuilder tokenizer(char delimiter) {
        // Instrument exports pad cells with blanks, also around quotes; '#' lines are the importers' business.
        return TOKENIZERS.computeIfAbsent(delimiter, d -> CsvReader.builder().fieldSeparator(d).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).trimWhitespacesAroundQuotes(true)
                .allowExtraCharsAfterClosingQuote(false).skipEmptyLines(false));
    }

    /** One decimal separator, as a user chooses in the import dialog. */
    Cells(char delimiter, char decimalSeparator) {
        this(delimiter, decimalSeparator, false);
    }

    /**
     * The cells of one line, stripped of surrounding spaces; a trailing delimiter gives an empty last cell. The line is
     * tokenised by FastCSV as RFC 4180 says: a cell that starts with a double quote (after blanks) is quoted,
     * delimiters inside it belong to the cell and a doubled quote is one quote. A quote that is never closed (also a
     * quoted cell that goes on over a line break, which rows of one line cannot hold) leaves the rest of the line as
     * one cell, so that the row comes out short rather than shifted.
     *
     * @throws IllegalArgumentException for text between a closing quote and the next delimiter, which RFC 4180 does
     *                                  not allow and which could only be guessed at
     */
    List<String> split(String line) {
        if (line.isEmpty()) {
            return List.of("");
        }
        try {
            List<String> fields = tokenizer(delimiter).ofSingleCsvRecord(line).getFields();
            List<String> cells = new ArrayList<>(fields.size());
            for (String field : fields) {
                cells.add(field.strip());
            }
            return cells;
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("a quoted cell has text after its closing quote (write a quote inside a"
                    + " quoted cell as two quotes)", e);
        }
    }

    /** {@link #split(String)} of the line {@code lines} has just read, with its problem reported on that line. */
    List<String> split(TextLines lines, String line) {
        try {
            return split(line);
        } catch (IllegalArgumentException e) {
            throw lines.error(e.getMessage() + "; fix the line");
        }
    }

    /**
     * The number of cells of a split row as tables compare them. EC-Lab ends header and rows with a tab, though not
     * always both, so one empty cell after the last tab of a tab-separated row is not counted.
     */
    int width(List<String> row) {
        int size = row.size();
        return delimiter == '\t' && size > 1 && row.get(size - 1).isEmpty() ? size - 1 : size;
    }

    /** The number in a cell (infinite for a huge exponent), or NaN if the cell is not a plain decimal number. */
    double number(String cell) {
        if (!eitherDecimal && cell.indexOf(otherSeparator()) >= 0) {
            return Double.NaN;
        }
        String text = decimalSeparator == '.' ? cell : cell.replace(decimalSeparator, '.');
        return NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    }

    /** The decimal separator a cell that is not a number may have been written with, e.g. ',' where '.' is set. */
    char otherSeparator() {
        return decimalSeparator == '.' ? ',' : '.';
    }
}
