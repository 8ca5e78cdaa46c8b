package org.interphase.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About Interphase: product description with the version and build a bug report needs. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "About " + ProductInfo.name(), aboutText());
        return null;
    }

    static String aboutText() {
        return ProductInfo.description() + "\n\nVersion " + ProductInfo.version() + " (build " + ProductInfo.build()
                + ")\nJava " + System.getProperty("java.version") + ", " + System.getProperty("java.vendor");
    }
}
