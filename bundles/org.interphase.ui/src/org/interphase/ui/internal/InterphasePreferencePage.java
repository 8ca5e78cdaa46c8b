package org.interphase.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Interphase: the category of Interphase's own pages (simulation defaults, chart
 * colours, numeric formats), which are contributed by the plug-ins whose behaviour they set.
 */
public final class InterphasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Label text = new Label(parent, SWT.WRAP);
        text.setText("Interphase preferences. Expand this entry for the defaults of simulations and studies run from"
                + " the workbench, the colours of the result charts and how numbers are written.\n\nWhat a"
                + " simulation computes is set only by the .iph files; these pages change where results go and"
                + " how they look.");
        return text;
    }
}
