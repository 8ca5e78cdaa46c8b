package org.interphase.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.examples.Example;

/** Second page of the New Interphase Project wizard: start empty or from one of the shipped examples. */
final class ExampleSelectionPage extends WizardPage {

    /** The list entry for a project without files. */
    static final String EMPTY_PROJECT = "Empty project";

    private static final String EMPTY_DESCRIPTION =
            "A project without models; add .iph files with File > New > File. Every model is validated on save.";

    private final List<Example> examples;
    private TableViewer list;
    private Text description;

    ExampleSelectionPage(List<Example> examples) {
        super("example");
        this.examples = List.copyOf(examples);
        setTitle("Start from an example");
        setDescription("Copy one of the shipped examples into the new project, or start with an empty project.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(control);

        new Label(control, SWT.NONE).setText("&Examples:");
        list = new TableViewer(control, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(
                entry -> entry instanceof Example example ? example.name() : EMPTY_PROJECT));
        List<Object> entries = new ArrayList<>();
        entries.add(EMPTY_PROJECT);
        entries.addAll(examples);
        list.setInput(entries);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(list.getControl());

        new Label(control, SWT.NONE).setText("Description:");
        description = new Text(control, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 110).applyTo(description);

        list.addSelectionChangedListener(event -> showDescription());
        list.setSelection(new StructuredSelection(examples.isEmpty() ? EMPTY_PROJECT : examples.get(0)));
        setControl(control);
    }

    /** The example to copy into the new project; empty for an empty project. */
    Optional<Example> selectedExample() {
        return list.getStructuredSelection().getFirstElement() instanceof Example example
                ? Optional.of(example)
                : Optional.empty();
    }

    /** Selects the example called {@code name}, or {@value #EMPTY_PROJECT}; as a click on it would. */
    void select(String name) {
        Object entry = examples.stream().filter(e -> e.name().equals(name)).findFirst().map(Object.class::cast)
                .orElseGet(() -> {
                    if (!EMPTY_PROJECT.equals(name)) {
                        throw new IllegalArgumentException("no example called " + name);
                    }
                    return EMPTY_PROJECT;
                });
        list.setSelection(new StructuredSelection(entry), true);
    }

    private void showDescription() {
        description.setText(selectedExample().map(Example::description).orElse(EMPTY_DESCRIPTION));
    }
}
