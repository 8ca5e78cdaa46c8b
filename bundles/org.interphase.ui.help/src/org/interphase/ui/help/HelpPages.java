package org.interphase.ui.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Turns the help system's topic references ({@code /bundle/folder/page.html#anchor}, as toc.xml and contexts
 * normalise them) into {@code file:} URLs a browser can open. A page's whole top-level folder is extracted from the
 * bundle's jar at once, so its relative links, pictures and style sheet load too.
 */
final class HelpPages {

    private HelpPages() {
    }

    /** The page's file URL, with its anchor; null if no installed bundle holds it. */
    static String url(String href) throws IOException {
        String path = href.startsWith("/") ? href.substring(1) : href;
        String anchor = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash);
            path = path.substring(0, hash);
        }
        int bundleEnd = path.indexOf('/');
        int folderEnd = bundleEnd < 0 ? -1 : path.indexOf('/', bundleEnd + 1);
        if (folderEnd < 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(path.substring(0, bundleEnd));
        URL folder = bundle == null ? null : bundle.getEntry(path.substring(bundleEnd + 1, folderEnd + 1));
        if (folder == null) {
            return null;
        }
        String page = path.substring(folderEnd + 1);
        return FileLocator.toFileURL(folder).toExternalForm() + page + anchor;
    }
}
