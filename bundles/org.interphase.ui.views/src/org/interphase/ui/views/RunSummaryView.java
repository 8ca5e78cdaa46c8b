package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunValue;
import org.interphase.model.run.SimulationRun;

/**
 * The summary values of the run shown, one row per value of each measurement (critical current density, onset
 * potential, activation energy, area-specific resistance per contact, C-rates, Li plated and overpotential per
 * half-cycle …), as the run's summary.csv and report list them. Columns sort on a click; Ctrl+C (Edit &gt; Copy) copies
 * the selected rows, or all if none is selected, as tab-separated text for a spreadsheet.
 */
public class RunSummaryView extends ViewPart {

    public static final String ID = "org.interphase.ui.views.runSummary";

    /** One summary value of a measurement, in the unit the run states it in. */
    public record Row(String measurement, String quantity, double value, String unit) {

        /** The row as a spreadsheet line: the value with every digit the run holds. */
        String tabSeparated() {
            return measurement + "\t" + quantity + "\t" + value + "\t" + unit;
        }
    }

    private static final String[] TITLES = {"Measurement", "Quantity", "Value", "Unit"};
    private static final List<Comparator<Row>> ORDERS = List.of(Comparator.comparing(Row::measurement),
            Comparator.comparing(Row::quantity), Comparator.comparingDouble(Row::value),
            Comparator.comparing(Row::unit));

    private Composite stack;
    private StackLayout stackLayout;
    private Label message;
    private TableViewer viewer;
    private List<Row> rows = List.of();
    private int sortColumn = -1;
    private boolean descending;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        message = new Label(stack, SWT.WRAP);
        message.setText(emptyMessage());
        viewer = new TableViewer(stack, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        int[] widths = {160, 320, 110, 80};
        for (int i = 0; i < TITLES.length; i++) {
            int column = i;
            TableViewerColumn each = new TableViewerColumn(viewer, i == 2 ? SWT.RIGHT : SWT.LEFT);
            each.getColumn().setText(TITLES[i]);
            each.getColumn().setWidth(widths[i]);
            each.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return cell((Row) element, column);
                }
            });
            each.getColumn().addListener(SWT.Selection, e -> sortBy(column));
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0; // the run's own order: measurement by measurement, as the summary lists them
                }
                int order = ORDERS.get(sortColumn).compare((Row) a, (Row) b);
                return descending ? -order : order;
            }
        });
        stackLayout.topControl = message;
        Action copy = new Action("Copy") {
            @Override
            public void run() {
                copy();
            }
        };
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        getViewSite().getActionBars().updateActionBars();
        // opened from Show View or after a restart, it shows the run the other views show
        RunViews.adoptLater(this, stack);
    }

    private String emptyMessage() {
        return "No run summary to show: run Simulate on an experiment, or open a saved run.";
    }

    /** Shows the summary values of {@code run}; {@code null} or a run without any shows the empty state. */
    public void show(String runTitle, SimulationRun run) {
        rows = run == null ? List.of() : rows(run);
        viewer.setInput(rows);
        if (rows.isEmpty()) {
            message.setText(run == null ? emptyMessage()
                    : "The run " + runTitle + " has no summary values; its measurements' results are in the other"
                            + " result views.");
            stackLayout.topControl = message;
            setContentDescription("");
        } else {
            stackLayout.topControl = viewer.getTable();
            setContentDescription(runTitle + ": " + rows.size() + " values; click a column to sort, Ctrl+C copies"
                    + " the selected rows.");
        }
        stack.layout(true, true);
    }

    /** Every summary value of the run's results, measurement by measurement in the run's order. */
    public static List<Row> rows(SimulationRun run) {
        List<Row> rows = new ArrayList<>();
        for (Result result : run.getResults()) {
            for (RunValue value : result.getSummary()) {
                rows.add(new Row(result.getLabel(), value.getName(), value.getValue(),
                        value.getUnit() == null ? "" : value.getUnit()));
            }
        }
        return rows;
    }

    /** Sorts by that column (0 measurement … 3 unit); the same column again reverses the order. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        TableColumn header = table.getColumn(column);
        table.setSortColumn(header);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** The rows in the order the table shows them. */
    public List<Row> shownRows() {
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            shown.add((Row) viewer.getElementAt(i));
        }
        return shown;
    }

    /** The text a cell shows; values as the Numeric Formats preference writes read-outs. */
    public static String cell(Row row, int column) {
        return switch (column) {
            case 0 -> row.measurement();
            case 1 -> row.quantity();
            case 2 -> ChartPreferences.readout(row.value());
            default -> row.unit();
        };
    }

    /** Selects the shown rows at these indices (for Ctrl+C). */
    public void select(int... indices) {
        viewer.getTable().setSelection(indices);
    }

    /** Whether the view shows its empty-state message rather than a table. */
    public boolean isShowingMessage() {
        return stackLayout.topControl == message;
    }

    public String message() {
        return message.getText();
    }

    /** The selected rows (all if none is selected) as tab-separated lines, as Ctrl+C puts them on the clipboard. */
    public String copiedText() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        List<?> chosen = selection.isEmpty() ? shownRows() : selection.toList();
        return chosen.stream().map(row -> ((Row) row).tabSeparated())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    /** Puts {@link #copiedText()} on the clipboard. */
    public void copy() {
        if (rows.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(viewer.getTable().getDisplay());
        try {
            clipboard.setContents(new Object[] {copiedText()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    public void setFocus() {
        (isShowingMessage() ? stack : viewer.getTable()).setFocus();
    }
}
