package org.interphase.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a user gets from the Help menu, F1 and the cheat sheet in the running product: pages of the guide shown in the
 * Help view, the help of the view that had the focus, the cheat sheet's steps; screenshots of each.
 */
class HelpTest {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void interphasePerspective() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
        window.getShell().setSize(1600, 1000);
    }

    @Test
    void theHelpMenuOffersHelpContentsAndCheatSheets() {
        List<String> items = helpMenuItems();
        assertTrue(items.contains("Help Contents"), items.toString());
        assertTrue(items.contains("Cheat Sheets..."), items.toString());
    }

    @Test
    void helpContentsShowsTheGuideAndItsTutorial() throws Exception {
        execute("org.eclipse.ui.help.helpContents");
        HelpView view = (HelpView) page.findView(HelpView.ID);
        assertNotNull(view, "Help > Help Contents should open the Help view");
        assertEquals(view, page.getActivePart());
        assertEquals("Interphase User Guide", heading(view, "h1", "Interphase User Guide"));
        save("help-contents");

        view.showTopic("/org.interphase.ui.help/html/tutorial/first-interlayer.html");
        assertEquals("Your first interlayer", heading(view, "h1", "Your first interlayer"));
        assertTrue(text(view).contains("alumina-on-latp"), "the tutorial should build on the alumina example");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        save("help-tutorial");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void f1OnAResultViewShowsItsHelpAndLeavesTheViewActive() throws Exception {
        closeHelp();
        IWorkbenchPart impedance = page.showView(InterphaseIds.IMPEDANCE_VIEW);
        page.activate(impedance);
        impedance.setFocus();
        UiEvents.drain();
        List<String> keys = Arrays.stream(PlatformUI.getWorkbench().getService(IBindingService.class)
                .getActiveBindingsFor("org.eclipse.ui.help.dynamicHelp")).map(Object::toString).toList();
        assertTrue(keys.contains("F1"), "F1 should show contextual help: " + keys);
        press(partControl(InterphaseIds.IMPEDANCE_VIEW), SWT.F1);

        HelpView view = (HelpView) page.findView(HelpView.ID);
        assertNotNull(view, "F1 should open the Help view");
        assertTrue(UiEvents.waitUntil(PAGE_LOAD, view::isShowingContext),
                "F1 should show the context help of " + page.getActivePart().getSite().getId());
        assertEquals("Impedance view", heading(view, "h2", "Impedance view"));
        assertTrue(text(view).contains("Nyquist"), text(view));
        assertEquals(impedance, page.getActivePart(), "F1 should leave the asking view active");
        save("help-f1-impedance");

        browser(view).evaluate("document.querySelector('a').click();");
        assertEquals("Impedance", heading(view, "h1", "Impedance"), "a link of the context help should open its page");
        assertTrue(text(view).contains("Reading a coated pellet"), text(view));
    }

    @Test
    void showContextualHelpAnswersForTheActiveView() throws Exception {
        closeHelp();
        page.showView(InterphaseIds.STACK_CROSS_SECTION_VIEW).setFocus();
        execute("org.eclipse.ui.help.dynamicHelp");
        HelpView view = (HelpView) page.findView(HelpView.ID);
        assertEquals("Stack Cross-Section view", heading(view, "h2", "Stack Cross-Section view"));
    }

    @Test
    void everyInterphaseViewAndTheEditorHaveContextHelpWithPagesThatExist() throws Exception {
        for (String part : new String[] {InterphaseIds.STACK_CROSS_SECTION_VIEW, InterphaseIds.RECIPE_GROWTH_VIEW,
                InterphaseIds.IMPEDANCE_VIEW, InterphaseIds.CYCLING_VIEW, InterphaseIds.SYMMETRIC_CELL_VIEW,
                InterphaseIds.STUDY_VIEW, InterphaseIds.VOLTAMMETRY_VIEW, InterphaseIds.ARRHENIUS_VIEW,
                "org.interphase.ui.measured.kramersKronig", "org.interphase.ui.measured.drt",
                "org.interphase.dsl.ui.editor", HelpView.ID, CheatSheetView.ID}) {
            org.eclipse.help.IContext context = org.eclipse.help.HelpSystem.getContext(part);
            assertNotNull(context, "no context help for " + part);
            assertTrue(context.getRelatedTopics().length > 0, "no guide page linked from the help of " + part);
            for (org.eclipse.help.IHelpResource topic : context.getRelatedTopics()) {
                assertPageExists(topic.getHref());
            }
        }
        for (org.eclipse.help.IToc toc : org.eclipse.help.HelpSystem.getTocs()) {
            assertPageExists(toc.getTopic(null).getHref());
            for (org.eclipse.help.ITopic topic : toc.getTopics()) {
                assertPageExists(topic.getHref());
                for (org.eclipse.help.ITopic sub : topic.getSubtopics()) {
                    assertPageExists(sub.getHref());
                }
            }
        }
    }

    @Test
    void theCheatSheetOpensWithItsSteps() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        ParameterizedCommand open = ParameterizedCommand.generateCommand(
                commands.getCommand("org.interphase.ui.help.openCheatSheet"),
                Map.of(OpenCheatSheetHandler.PARAMETER, "first-coated-pellet.xml"));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(open, null);
        UiEvents.drain();
        assertNotNull(page.findView(CheatSheetView.ID), "the cheat sheet view should open");

        List<Form> forms = new ArrayList<>();
        collect(window.getShell(), Form.class, forms);
        List<ExpandableComposite> sections = new ArrayList<>();
        collect(window.getShell(), ExpandableComposite.class, sections);
        List<String> texts = new ArrayList<>(forms.stream().map(Form::getText).toList());
        sections.forEach(section -> texts.add(section.getText()));
        assertTrue(texts.contains("Simulate your first coated pellet"), texts.toString());
        for (String step : new String[] {"Open the alumina example", "Validate", "Simulate the impedance",
                "Read the Nyquist plot", "Make the coating thicker", "Simulate again"}) {
            assertTrue(texts.contains(step), "missing step '" + step + "' in " + texts);
        }

        // Click to Begin opens the first step; a step's Click to perform runs its command (here: show Problems)
        page.hideView(page.findView(IPageLayout.ID_PROBLEM_VIEW));
        click(link(section("Introduction"), "Click to Begin"));
        assertTrue(section("Open the alumina example").isExpanded(), "Click to Begin should open the first step");
        click(link(section("Validate"), "Click to perform"));
        assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "the step's command should show the Problems view");
        page.showView(CheatSheetView.ID);
        save("cheat-sheet-first-coated-pellet");
    }

    @Test
    void helpLeavesNoErrorInTheWorkspaceLog() throws Exception {
        Path log = Platform.getLogFileLocation().toPath();
        String content = Files.exists(log) ? Files.readString(log) : "";
        assertTrue(!content.matches("(?s).*!ENTRY \\S+ 4 .*"), "errors in " + log + ":\n" + content);
    }

    private void closeHelp() {
        if (page.findView(HelpView.ID) != null) {
            page.hideView(page.findView(HelpView.ID));
        }
    }

    private static void assertPageExists(String href) throws Exception {
        String url = HelpPages.url(href);
        assertNotNull(url, "no page for " + href);
        Path file = Path.of(java.net.URI.create(url.replaceFirst("#.*", "")));
        assertTrue(Files.isRegularFile(file), "missing page " + file + " for " + href);
    }

    private List<String> helpMenuItems() {
        Menu bar = window.getShell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(item -> item.getText().equals("&Help")).findFirst()
                .orElseThrow();
        // The workbench fills a menu when it is about to show.
        help.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(help.getMenu().getItems())
                .map(item -> item.getText().replace("&", "").replaceFirst("\t.*", "")).toList();
        help.getMenu().notifyListeners(SWT.Hide, new Event());
        return items;
    }

    private static void execute(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
        UiEvents.drain();
    }

    /**
     * The key events SWT delivers to a control of the active view for a key press; the workbench's key bindings see
     * them as they see typed keys (Xvfb without a window manager gives no shell the X input focus, so keys posted to
     * the display would go astray).
     */
    private static void press(Control control, int keyCode) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event key = new Event();
            key.keyCode = keyCode;
            control.notifyListeners(type, key);
        }
        UiEvents.drain();
    }

    /** The control the workbench renders a view's part into. */
    private Control partControl(String viewId) {
        Control found = find(window.getShell(), viewId);
        assertNotNull(found, "no control of the view " + viewId);
        return found;
    }

    private static Control find(Control control, String viewId) {
        if (control.getData("modelElement") instanceof MPart part && viewId.equals(part.getElementId())) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, viewId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The text of the page's first element of that tag once it reads {@code expected} (pages load asynchronously),
     * or what it read when the time ran out.
     */
    private static String heading(HelpView view, String tag, String expected) throws InterruptedException {
        String script = "var e = document.querySelector('" + tag + "'); return e ? e.textContent : null;";
        String[] found = new String[1];
        UiEvents.waitUntil(PAGE_LOAD, () -> {
            Object value = browser(view).evaluate(script);
            found[0] = value instanceof String s ? s : null;
            return expected.equals(found[0]);
        });
        return found[0];
    }

    private static String text(HelpView view) {
        return String.valueOf(browser(view).evaluate("return document.body.textContent;"));
    }

    private static Browser browser(HelpView view) {
        assertNotNull(view.browser(), "the Help view has no browser (WebKitGTK missing?)");
        return view.browser();
    }

    private ExpandableComposite section(String title) {
        List<ExpandableComposite> found = new ArrayList<>();
        collect(window.getShell(), ExpandableComposite.class, found);
        return found.stream().filter(section -> title.equals(section.getText())).findFirst().orElseThrow();
    }

    private static Hyperlink link(ExpandableComposite section, String text) {
        List<Hyperlink> found = new ArrayList<>();
        collect(section, Hyperlink.class, found);
        return found.stream().filter(link -> text.equals(link.getText())).findFirst().orElseThrow();
    }

    /** Activates a hyperlink as Enter on it does (a mouse click needs the X input focus, which Xvfb gives no one). */
    private static void click(Hyperlink link) {
        Event enter = new Event();
        enter.character = SWT.CR;
        link.notifyListeners(SWT.KeyDown, enter);
        UiEvents.drain();
    }

    private static <T> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    private void save(String name) throws Exception {
        UiEvents.runFor(500);
        Path png = Screenshots.save(window.getShell(), name);
        assertTrue(Files.size(png) > 1000, "the screenshot should contain a picture: " + png);
    }
}
