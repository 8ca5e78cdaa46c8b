package org.interphase.ui.measured;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.interphase.io.Channel;
import org.interphase.io.ColumnMapping;
import org.interphase.io.ColumnMapping.Column;

/**
 * Lets the user say which columns of a delimited text file hold frequency, Re Z and Im Z, in which unit and sign,
 * with the file's first lines in view; what is still wrong with the choice ({@link ColumnMapping#problems()}) is shown
 * as the dialog's error and keeps OK disabled.
 */
final class ColumnMappingDialog extends TitleAreaDialog {

    private static final int PREVIEW_LINES = 12;
    private static final List<Channel> CHANNELS = List.of(Channel.FREQUENCY, Channel.REAL, Channel.IMAGINARY);
    private static final String[] DELIMITERS = {",", ";", "tab"};
    private static final String[] DECIMALS = {".", ","};

    private final Path file;
    final Map<Channel, Text> columns = new EnumMap<>(Channel.class);
    final Map<Channel, Text> units = new EnumMap<>(Channel.class);
    private final Map<Channel, Button> negated = new EnumMap<>(Channel.class);
    private Combo delimiter;
    private Combo decimal;
    private ColumnMapping mapping;

    ColumnMappingDialog(Shell parent, Path file) {
        super(parent);
        this.file = file;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Columns of " + file.getFileName());
        Composite grid = new Composite(area, SWT.NONE);
        grid.setLayout(new GridLayout(4, false));
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String heading : List.of("", "Column (heading or number)", "Unit", "")) {
            new Label(grid, SWT.NONE).setText(heading);
        }
        for (Channel channel : CHANNELS) {
            new Label(grid, SWT.NONE).setText(channel.noun());
            columns.put(channel, text(grid, "", 200));
            units.put(channel, text(grid, channel == Channel.FREQUENCY ? "Hz" : "Ω", 60));
            Button minus = new Button(grid, SWT.CHECK);
            minus.setText(channel == Channel.IMAGINARY ? "column holds −Im Z" : "");
            minus.setVisible(channel == Channel.IMAGINARY);
            minus.setSelection(channel == Channel.IMAGINARY);
            minus.addListener(SWT.Selection, e -> update());
            negated.put(channel, minus);
        }
        new Label(grid, SWT.NONE).setText("Delimiter");
        delimiter = combo(grid, DELIMITERS);
        new Label(grid, SWT.NONE).setText("Decimal separator");
        decimal = combo(grid, DECIMALS);
        Text preview = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setText(preview());
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
        previewData.heightHint = 160;
        preview.setLayoutData(previewData);
        return area;
    }

    private Text text(Composite parent, String initial, int width) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(initial);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = width;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> update());
        return text;
    }

    private Combo combo(Composite parent, String[] items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        combo.addListener(SWT.Selection, e -> update());
        return combo;
    }

    private String preview() {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return String.join("\n", lines.limit(PREVIEW_LINES).toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(the file cannot be shown: " + e.getMessage() + ")";
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    /** Rebuilds the mapping from the fields and shows its first problem. */
    private void update() {
        Button ok = okButton();
        if (ok == null) {
            return;
        }
        Map<Channel, Column> chosen = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            String column = columns.get(channel).getText().strip();
            if (!column.isEmpty()) {
                String unit = units.get(channel).getText();
                boolean minus = negated.get(channel).getSelection();
                chosen.put(channel, column.matches("\\d+") ? Column.at(Integer.parseInt(column), unit, minus)
                        : Column.named(column, unit, minus));
            }
        }
        String separator = DELIMITERS[delimiter.getSelectionIndex()];
        mapping = new ColumnMapping(ColumnMapping.Kind.SPECTRUM, chosen, separator.equals("tab") ? '\t'
                : separator.charAt(0), DECIMALS[decimal.getSelectionIndex()].charAt(0));
        List<String> problems = mapping.problems();
        setErrorMessage(problems.isEmpty() ? null : problems.get(0));
        setMessage("Choose the columns of frequency, Re Z and Im Z; headings are matched without regard to case.");
        ok.setEnabled(problems.isEmpty());
    }

    /** OK, enabled while the mapping has no problem; null before the button bar is made. */
    Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** The mapping chosen; valid after OK. */
    ColumnMapping mapping() {
        return mapping;
    }
}
