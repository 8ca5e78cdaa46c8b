package org.interphase.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows a {@link CheatSheet} beside the work, as Eclipse's Cheat Sheets view does: the introduction, then one
 * section per step, the current one open. A step can do its command for the reader ("Click to perform"), open its
 * page of the guide ("Help") and be marked done, which opens the next.
 */
public final class CheatSheetView extends ViewPart {

    public static final String ID = "org.interphase.ui.help.cheatSheet";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private final List<Section> sections = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        // TableWrapLayout lets the descriptions wrap to the view's width.
        form.getBody().setLayout(new TableWrapLayout());
    }

    void show(CheatSheet sheet) {
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        sections.clear();
        form.setText(sheet.title());
        setPartName(sheet.title());
        Section intro = section("Introduction", sheet.intro(), sheet.introHref());
        intro.setExpanded(true);
        for (CheatSheet.Step step : sheet.steps()) {
            Section section = section(step.title(), step.description(), step.href());
            Composite actions = (Composite) section.getClient();
            if (step.command() != null) {
                link(actions, "Click to perform", () -> perform(step.command()));
            }
            link(actions, "Click when complete", () -> next(section));
            sections.add(section);
        }
        link((Composite) intro.getClient(), "Click to Begin", () -> next(intro));
        form.reflow(true);
    }

    private Section section(String title, String description, String href) {
        Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TWISTIE
                | ExpandableComposite.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        section.addExpansionListener(new ExpansionAdapter() {
            @Override
            public void expansionStateChanged(ExpansionEvent e) {
                form.reflow(true);
            }
        });
        Composite client = toolkit.createComposite(section);
        client.setLayout(new TableWrapLayout());
        FormText text = toolkit.createFormText(client, true);
        text.setText(description, true, false);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        if (href != null) {
            link(client, "Open the guide's page", () -> PlatformUI.getWorkbench().getHelpSystem()
                    .displayHelpResource(href));
        }
        section.setClient(client);
        return section;
    }

    private void link(Composite parent, String label, Runnable action) {
        toolkit.createHyperlink(parent, label, SWT.NONE).addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
    }

    /** Closes the finished section and opens the next step. */
    private void next(Section finished) {
        finished.setExpanded(false);
        int index = sections.indexOf(finished) + 1;
        if (index < sections.size()) {
            sections.get(index).setExpanded(true);
        }
        form.reflow(true);
    }

    private void perform(String serialization) {
        try {
            ParameterizedCommand command = getSite().getService(ICommandService.class).deserialize(serialization);
            getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (CommandException e) {
            MessageDialog.openError(getSite().getShell(), "Cheat Sheet",
                    "This step cannot be performed here (" + e.getMessage() + "); do it by hand as described.");
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        toolkit.dispose();
        super.dispose();
    }
}
