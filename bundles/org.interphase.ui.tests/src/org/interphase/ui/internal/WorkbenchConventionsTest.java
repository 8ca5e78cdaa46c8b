package org.interphase.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.MarkerItem;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a user of any Eclipse IDE expects: Preferences, the Error Log, and the Problems view's severity icons. */
class WorkbenchConventionsTest {

    private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    private IWorkbenchPage page;

    @BeforeEach
    void showInterphasePerspective() throws Exception {
        TestWorkspace.deleteAllProjects();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1270, 940);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
    }

    @AfterEach
    void cleanUp() throws Exception {
        page.closeAllEditors(false);
        TestWorkspace.deleteAllProjects();
    }

    @Test
    void preferencesHaveAnInterphaseCategoryWithItsThreePages() {
        IPreferenceNode interphase = PlatformUI.getWorkbench().getPreferenceManager()
                .find("org.interphase.ui.preferences");
        assertNotNull(interphase, "Window > Preferences lists Interphase");
        assertEquals("Interphase", interphase.getLabelText());
        List<String> pages = Arrays.stream(interphase.getSubNodes()).map(IPreferenceNode::getLabelText).sorted()
                .toList();
        assertEquals(List.of("Chart Colours", "Numeric Formats", "Simulation Defaults"), pages);
    }

    @Test
    void theErrorLogIsInShowViewAndOpens() throws Exception {
        assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(ERROR_LOG),
                "Window > Show View lists the Error Log: " + Arrays.toString(page.getShowViewShortcuts()));
        IViewPart log = page.showView(ERROR_LOG);
        assertNotNull(log);
        assertTrue(log.getTitle().startsWith("Error Log"), log.getTitle());
        page.setPartState(page.getReference(log), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Screenshots.save(page.getWorkbenchWindow().getShell(), "error-log");
        page.setPartState(page.getReference(log), IWorkbenchPage.STATE_RESTORED);
        page.hideView(log);
    }

    @Test
    void theProblemsViewShowsErrorAndWarningIcons() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("problems");
        InterphaseProjects.create(project, null, null);
        IFile file = project.getFile("problems.iph");
        // line 2: a density in nanometres (error); line 3: a property the library does not know (warning)
        file.create(new ByteArrayInputStream("""
                material X "X" {
                  density = 3 nm
                  colour = 3
                }
                """.getBytes(StandardCharsets.UTF_8)), true, null);
        IDE.openEditor(page, file);
        TestWorkspace.errorsAfterBuilding(project);
        assertTrue(UiEvents.waitUntil(Duration.ofSeconds(30), () -> severities(file).contains(IMarker.SEVERITY_ERROR)
                && severities(file).contains(IMarker.SEVERITY_WARNING)), "markers: " + severities(file));

        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Tree tree = problemsTree(page.getWorkbenchWindow().getShell());
        assertTrue(UiEvents.waitUntil(Duration.ofSeconds(30), () -> leaves(tree).size() >= 2),
                () -> "the Problems view lists the error and the warning: " + dump(tree));
        List<TreeItem> items = leaves(tree);
        for (TreeItem item : items) {
            Image image = item.getImage();
            assertNotNull(image, "no icon for " + item.getText());
            assertTrue(isIcon(image.getImageData()), "the missing-image red square for " + item.getText());
        }
        // Errors and warnings have different icons.
        assertEquals(2, items.stream().map(TreeItem::getImage).distinct().count(), "icons: " + items);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "problems-view-icons");
        page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_RESTORED);
    }

    private static List<Integer> severities(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
                    .map(marker -> marker.getAttribute(IMarker.SEVERITY, -1)).toList();
        } catch (org.eclipse.core.runtime.CoreException e) {
            return List.of();
        }
    }

    /** The tree of the maximised Problems view: the only visible tree with columns (Description, Resource...). */
    private static Tree problemsTree(Control root) {
        List<Tree> trees = new ArrayList<>();
        collect(root, trees);
        return trees.stream().filter(tree -> tree.isVisible() && tree.getColumnCount() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("no tree with columns: is the Problems view shown?"));
    }

    private static void collect(Control control, List<Tree> trees) {
        if (control instanceof Tree tree) {
            trees.add(tree);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, trees);
            }
        }
    }

    /** The marker rows, below the severity groups (which the view expands). */
    private static List<TreeItem> leaves(Tree tree) {
        List<TreeItem> leaves = new ArrayList<>();
        for (TreeItem group : tree.getItems()) {
            if (isMarker(group)) {
                leaves.add(group);
            }
            if (!group.getExpanded()) {
                // As a click on the arrow does: the viewer fills the group's rows in, then it opens.
                Event expand = new Event();
                expand.item = group;
                tree.notifyListeners(SWT.Expand, expand);
                group.setExpanded(true);
            }
            for (TreeItem item : group.getItems()) {
                if (isMarker(item)) {
                    leaves.add(item);
                }
            }
        }
        return leaves;
    }

    private static String dump(Tree tree) {
        StringBuilder text = new StringBuilder();
        for (TreeItem group : tree.getItems()) {
            text.append(group.getText()).append(" [").append(group.getData() == null ? null
                    : group.getData().getClass().getSimpleName()).append(", ").append(group.getItemCount())
                    .append(" rows, expanded ").append(group.getExpanded()).append("]: ");
            for (TreeItem item : group.getItems()) {
                text.append(item.getText()).append(" [").append(item.getData()).append("] ");
            }
        }
        return text.toString();
    }

    /** Whether a row is a problem (its marker), not a severity group. */
    private static boolean isMarker(TreeItem item) {
        // The view's tree is virtual: asking for a row's text makes the viewer fill the row in.
        item.getText();
        return item.getData() instanceof MarkerItem marker && marker.getMarker() != null;
    }

    /** Whether an image is an icon, not JFace's missing image (a small all-red square). */
    private static boolean isIcon(ImageData data) {
        if (data.width < 16 || data.height < 16) {
            return false;
        }
        for (int x = 0; x < data.width; x++) {
            for (int y = 0; y < data.height; y++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (data.getAlpha(x, y) > 0 && !rgb.equals(new RGB(255, 0, 0))) {
                    return true;
                }
            }
        }
        return false;
    }
}
