package org.interphase.ui.help;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide's table of contents above the page it opens. Help Contents, F1 (the help of the view or editor that
 * has it) and the cheat sheet's help links all show their page here, in the SWT browser (WebKitGTK on Linux).
 */
public final class HelpView extends ViewPart {

    public static final String ID = "org.interphase.ui.help.view";

    private TreeViewer contents;
    /** Null where SWT has no browser; then {@link #noBrowser} says what to install. */
    private Browser browser;
    private Text noBrowser;
    private boolean showingContext;
    /** Set while {@link #showTopic} selects the page it opens, so that the selection does not open it again. */
    private boolean selecting;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        contents.setContentProvider(new TableOfContents());
        contents.setLabelProvider(LabelProvider.createTextProvider(e -> ((IHelpResource) e).getLabel()));
        contents.setInput(HelpSystem.getTocs());
        contents.expandToLevel(2);
        contents.addSelectionChangedListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            String href = chosen instanceof IToc toc ? toc.getTopic(null).getHref()
                    : chosen instanceof ITopic topic ? topic.getHref() : null;
            if (href != null && !selecting) {
                showTopic(href);
            }
        });
        try {
            browser = new Browser(sash, SWT.NONE);
            browser.addLocationListener(LocationListener.changingAdapter(event -> {
                // A context's page is set as text, from which WebKit will not follow a link to a file: the view
                // opens the linked page itself.
                if (showingContext && event.location.startsWith("file:") && event.location.contains(".html")) {
                    event.doit = false;
                    String url = event.location;
                    browser.getDisplay().asyncExec(() -> {
                        showingContext = false;
                        browser.setUrl(url);
                    });
                }
            }));
        } catch (SWTError e) {
            noBrowser = new Text(sash, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
            noBrowser.setText("Help pages need a web browser component, which this system lacks (" + e.getMessage()
                    + "). On Debian or Ubuntu install it with: sudo apt-get install libwebkit2gtk-4.1-0");
        }
        sash.setWeights(1, 3);
    }

    /** The guide's first page: what Help > Help Contents shows. */
    void showContents() {
        IToc[] tocs = HelpSystem.getTocs();
        if (tocs.length > 0) {
            // a toc's own page is the topic its file names, not the file itself
            showTopic(tocs[0].getTopic(null).getHref());
        }
    }

    /** Opens a page of the guide ({@code /bundle/path.html}) and selects it in the contents. */
    void showTopic(String href) {
        showingContext = false;
        ITopic topic = find(href);
        if (topic != null && !topic.equals(contents.getStructuredSelection().getFirstElement())) {
            selecting = true;
            try {
                contents.setSelection(new StructuredSelection(topic), true);
            } finally {
                selecting = false;
            }
        }
        String url;
        try {
            url = HelpPages.url(href);
        } catch (IOException e) {
            show("Cannot open the help page " + href + ": " + e.getMessage());
            return;
        }
        if (url == null) {
            show("No installed plug-in holds the help page " + href + ".");
        } else if (browser != null) {
            browser.setUrl(url);
        } else {
            noBrowser.setText(noBrowser.getText() + "\nThe page is " + url);
        }
    }

    /** The help of one view or editor: its description and links to the guide's pages about it. */
    void showContext(IContext context, String partName) {
        String title = context instanceof IContext2 titled && titled.getTitle() != null ? titled.getTitle()
                : partName;
        StringBuilder html = new StringBuilder("<html><head><title>").append(escape(title))
                .append("</title></head><body style=\"font-family: sans-serif\"><h2>").append(escape(title))
                .append("</h2><p>").append(escape(context.getText().strip())).append("</p>");
        IHelpResource[] related = context.getRelatedTopics();
        if (related.length > 0) {
            html.append("<h3>See also</h3><ul>");
            for (IHelpResource topic : related) {
                String url = null;
                try {
                    url = HelpPages.url(topic.getHref());
                } catch (IOException e) {
                    // the link is left out, as a topic of an uninstalled plug-in would be
                }
                if (url != null) {
                    html.append("<li><a href=\"").append(url).append("\">").append(escape(topic.getLabel()))
                            .append("</a></li>");
                }
            }
            html.append("</ul>");
        }
        show(html.append("</body></html>").toString());
        showingContext = true;
    }

    boolean isShowingContext() {
        return showingContext;
    }

    /** The browser the pages are shown in, null where SWT has none. */
    Browser browser() {
        return browser;
    }

    private void show(String htmlOrMessage) {
        if (browser != null) {
            browser.setText(htmlOrMessage);
        } else {
            noBrowser.setText(htmlOrMessage.replaceAll("<[^>]*>", " ").strip());
        }
    }

    private ITopic find(String href) {
        for (IToc toc : HelpSystem.getTocs()) {
            ITopic topic = find(toc.getTopics(), href);
            if (topic != null) {
                return topic;
            }
        }
        return null;
    }

    private static ITopic find(ITopic[] topics, String href) {
        for (ITopic topic : topics) {
            if (Objects.equals(href, topic.getHref())) {
                return topic;
            }
            ITopic inside = find(topic.getSubtopics(), href);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void setFocus() {
        contents.getControl().setFocus();
    }

    /** Tocs at the top, then each one's topics and their subtopics. */
    private static final class TableOfContents implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return (IToc[]) input;
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof IToc toc ? toc.getTopics() : ((ITopic) element).getSubtopics();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
