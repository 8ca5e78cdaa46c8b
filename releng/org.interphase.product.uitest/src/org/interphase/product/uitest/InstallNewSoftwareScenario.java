package org.interphase.product.uitest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a user does to add the example PLD plug-in to Interphase, in the product itself: in a file that uses the
 * plug-in, its material is an error and its {@code step pld} unknown; Help > Install New Software..., the
 * project's update site typed into Work with, the PLD feature ticked, Next, Finish, the unsigned content trusted,
 * Restart Now; after the restart the same file validates without errors and Installation Details lists the feature.
 * The script starts the product twice (the restart); the presence of the PLD bundle tells this driver which half
 * it is in.
 */
final class InstallNewSoftwareScenario implements Runnable {

    static final String SITE_PROPERTY = "interphase.installTest.site";
    static final String RESULTS_PROPERTY = "interphase.installTest.results";

    private static final String PLD_BUNDLE = "org.example.interphase.pld";
    /** In the PLD feature's name as Install New Software and Installation Details list it. */
    private static final String PLD_FEATURE = "pulsed-laser deposition";
    private static final String RESTART_CHECK = "p2 installs the PLD feature and asks for a restart";

    /** A Li3PO4 buffer grown by PLD on garnet: the plug-in's technique (with its calibration) and material. */
    private static final String PLD_FILE = """
            // Needs the example PLD plug-in: Help > Install New Software...
            material Li "Li"
            stack LpoOnGarnet {
              lithium Li
              coating Li3PO4-PLD by LpoPld
              electrolyte LLZO 0.5 mm
              lithium Li
            }
            recipe LpoPld on LLZO {
              step pld { pulses = 2500; growthPerPulse = 0.4 Å; calibrationFluence = 2 J/cm2; }
            }
            """;

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final Duration INSTALL = Duration.ofSeconds(180);

    private final BundleContext context;
    private Ui ui;
    private Results results;

    InstallNewSoftwareScenario(BundleContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String site = System.getProperty(SITE_PROPERTY);
        String resultFile = System.getProperty(RESULTS_PROPERTY);
        if (site == null || resultFile == null) {
            return; // started without the script's properties: do nothing
        }
        results = new Results(Path.of(resultFile));
        try {
            IWorkbenchWindow window = awaitWorkbench();
            if (pldBundle() == null) {
                if (results.contains("PASS: " + RESTART_CHECK)) {
                    results.check("after the restart the PLD plug-in is in the product", false,
                            "p2 said it installed it, but the restarted product has no " + PLD_BUNDLE);
                }
                beforeInstall(window, site);
            } else {
                afterRestart(window);
            }
        } catch (Throwable t) {
            if (!(t instanceof ScenarioFailure failure && failure.recorded())) {
                results.fail("the scenario", t);
            }
            closeWorkbench();
        }
    }

    private IWorkbenchWindow awaitWorkbench() {
        long deadline = System.nanoTime() + START.toNanos();
        while (!workbenchUp()) {
            if (System.nanoTime() > deadline) {
                throw new ScenarioFailure("no workbench window within " + START.toSeconds() + " s");
            }
            Ui.pause(500);
        }
        ui = new Ui(PlatformUI.getWorkbench().getDisplay());
        IWorkbenchWindow window = ui.waitFor("workbench window with a page", START, () -> {
            IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
            return windows.length > 0 && windows[0].getActivePage() != null ? windows[0] : null;
        });
        ui.run(() -> window.getShell().setMaximized(true));
        return window;
    }

    /** True once the workbench runs; PlatformUI is not touched before its bundle has started. */
    private boolean workbenchUp() {
        for (Bundle bundle : context.getBundles()) {
            if ("org.eclipse.ui.workbench".equals(bundle.getSymbolicName())) {
                return bundle.getState() == Bundle.ACTIVE && PlatformUI.isWorkbenchRunning();
            }
        }
        return false;
    }

    private Bundle pldBundle() {
        for (Bundle bundle : context.getBundles()) {
            if (PLD_BUNDLE.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private void beforeInstall(IWorkbenchWindow window, String site) throws CoreException {
        IFile file = createPldFile();
        ui.run(() -> openEditor(window, file));
        // Without the plug-in its material is unknown (an error) and its technique a documentation-only step.
        List<String> errors = ui.waitFor("markers of the missing plug-in", STEP,
                () -> !errors(file).isEmpty() && pldUnknown(file) ? errors(file) : null);
        ui.waitFor("Errors in the Problems view", STEP, () -> problemsViewRow(window, "Errors") != null);
        ui.screenshot(window.getShell(), "install-new-software-1-pld-unknown");
        results.check("without the plug-in, the editor marks Li3PO4-PLD as an error and step pld as unknown",
                errors.stream().anyMatch(message -> message.contains("Li3PO4-PLD")), String.join("; ", errors));

        MenuItem install = ui.call(() -> helpMenuItem(window.getShell(), "Install New Software..."));
        MenuItem details = ui.call(() -> helpMenuItem(window.getShell(), "Installation Details"));
        results.check("Help has Install New Software... and Installation Details", install != null && details != null,
                "");
        ui.later(() -> install.notifyListeners(SWT.Selection, new Event()));
        Shell wizard = ui.waitFor("Install wizard", STEP, () -> ui.shell("Install"::equals));

        // Typing the site into Work with and pressing Enter, as the field's hint says.
        ui.run(() -> {
            Combo workWith = Ui.all(wizard, Combo.class).get(0);
            workWith.setFocus();
            workWith.setText(site);
            Event enter = new Event();
            enter.keyCode = SWT.CR;
            enter.character = '\r';
            workWith.notifyListeners(SWT.KeyDown, enter);
        });
        // A flat list: the PLD feature is then a row of its own rather than a child of its category.
        ui.run(() -> {
            Button group = Ui.button(wizard, "Group items by category");
            if (group.getSelection()) {
                Ui.click(group);
            }
        });
        TreeItem pld = ui.waitFor("PLD feature listed from " + site, STEP, () -> pldRow(wizard));
        ui.run(() -> tick(pld));
        ui.waitFor("Next enabled with the PLD feature ticked", STEP,
                () -> pld.getChecked() && Ui.enabled(Ui.button(wizard, "Next >")));
        ui.screenshot(wizard, "install-new-software-2-site-listed");
        results.check("Install New Software lists the PLD feature of the update site", true, ui.call(pld::getText));

        walkWizard(wizard);
        awaitRestartQuestion();
    }

    /** Next through the pages (licences accepted) to Finish, a screenshot of each page. */
    private void walkWizard(Shell wizard) {
        WizardDialog dialog = ui.call(() -> (WizardDialog) wizard.getData());
        int pageNumber = 3;
        while (true) {
            IWizardPage page = ui.call(dialog::getCurrentPage);
            ui.run(() -> {
                Button accept = Ui.button(wizard, "I accept the terms");
                if (accept != null && !accept.getSelection()) {
                    Ui.click(accept);
                }
            });
            if (ui.call(() -> Ui.enabled(Ui.button(wizard, "Next >")))) {
                ui.run(() -> Ui.click(Ui.button(wizard, "Next >")));
                // Next resolves the install first (buttons disabled meanwhile): wait for the next page, ready.
                ui.waitFor("next wizard page after '" + ui.call(page::getTitle) + "'", STEP,
                        () -> dialog.getCurrentPage() != page && (Ui.enabled(Ui.button(wizard, "Next >"))
                                || Ui.enabled(Ui.button(wizard, "Finish"))),
                        () -> "page '" + dialog.getCurrentPage().getTitle() + "': " + pageMessage(dialog));
                ui.screenshot(wizard, "install-new-software-" + pageNumber++ + "-"
                        + ui.call(() -> dialog.getCurrentPage().getTitle()).toLowerCase().replaceAll("[^a-z]+", "-"));
            } else if (ui.call(() -> Ui.enabled(Ui.button(wizard, "Finish")))) {
                ui.run(() -> Ui.click(Ui.button(wizard, "Finish")));
                return;
            } else {
                throw new ScenarioFailure("neither Next nor Finish is enabled on '" + ui.call(page::getTitle)
                        + "': " + ui.call(() -> pageMessage(dialog)));
            }
        }
    }

    private static String pageMessage(WizardDialog dialog) {
        IWizardPage page = dialog.getCurrentPage();
        return page.getErrorMessage() != null ? page.getErrorMessage() : String.valueOf(page.getDescription());
    }

    /**
     * Answers the trust question for the unsigned example plug-in and waits for p2's question to restart, then
     * restarts. Should p2 show an error instead, the wait fails naming the windows open.
     */
    private void awaitRestartQuestion() {
        Shell restart = ui.waitFor("question to restart after the install", INSTALL, () -> {
            Shell trust = ui.shellWithButton("Trust Selected");
            if (trust != null) {
                answerTrust(trust);
                return null;
            }
            return ui.shellWithButton("Restart Now");
        });
        ui.screenshot(restart, "install-new-software-8-restart-question");
        results.check(RESTART_CHECK, true, ui.call(restart::getText));
        ui.later(() -> Ui.click(Ui.button(restart, "Restart Now")));
    }

    /** Selects every unsigned artefact and trusts it; on the UI thread, in the dialog's event loop. */
    private void answerTrust(Shell trust) {
        Button selectAll = Ui.button(trust, "Select All");
        if (Ui.enabled(selectAll)) {
            Ui.click(selectAll);
        }
        Button trustSelected = Ui.button(trust, "Trust Selected");
        if (Ui.enabled(trustSelected)) {
            ui.screenshot(trust, "install-new-software-7-trust");
            Ui.click(trustSelected);
        }
    }

    private void afterRestart(IWorkbenchWindow window) throws CoreException {
        Bundle pld = pldBundle();
        results.check("after the restart the PLD plug-in is in the product", true,
                pld.getSymbolicName() + " " + pld.getVersion());
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("pld-check").getFile("pld-check.iph");
        ui.run(() -> openEditor(window, file));
        // The markers of the first run are kept with the workspace: they go only when the editor checks anew.
        ui.waitFor("clean validation of the pld step", STEP, () -> errors(file).isEmpty() && !pldUnknown(file),
                () -> "markers left: " + messages(file));
        // The Problems view follows the markers a moment later; the screenshot shows what the user then sees.
        ui.waitFor("Problems view emptied of the file's errors and notes", STEP,
                () -> problemsViewRow(window, "Errors") == null && problemsViewRow(window, "Infos") == null);
        ui.screenshot(window.getShell(), "install-new-software-9-pld-validates");
        results.check("after the restart the same file validates in the editor: 0 errors, step pld known", true,
                String.join("; ", messages(file)));

        MenuItem details = ui.call(() -> helpMenuItem(window.getShell(), "Installation Details"));
        ui.later(() -> details.notifyListeners(SWT.Selection, new Event()));
        Shell dialog = ui.waitFor("Installation Details", STEP,
                () -> ui.shell(title -> title.endsWith("Installation Details")));
        String row = ui.waitFor("PLD feature in Installed Software", STEP, () -> Ui.all(dialog, Tree.class).stream()
                .flatMap(tree -> List.of(tree.getItems()).stream()).map(TreeItem::getText)
                .filter(text -> text.contains(PLD_FEATURE)).findFirst().orElse(null));
        ui.screenshot(dialog, "install-new-software-10-installation-details");
        results.check("Installation Details lists the installed PLD feature", true, row);
        ui.run(dialog::close);
        results.done();
        closeWorkbench();
    }

    private IFile createPldFile() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pld-check");
        project.create(null);
        project.open(null);
        IProjectDescription description = project.getDescription();
        description.setNatureIds(new String[] {"org.interphase.dsl.ui.nature"});
        project.setDescription(description, null);
        IFile file = project.getFile("pld-check.iph");
        file.create(new ByteArrayInputStream(PLD_FILE.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    private static void openEditor(IWorkbenchWindow window, IFile file) {
        try {
            IDE.openEditor(window.getActivePage(), file);
        } catch (CoreException e) {
            throw new ScenarioFailure("cannot open " + file, e);
        }
    }

    /** The messages of the file's error markers (the editor's and the builder's are problem markers). */
    private static List<String> errors(IFile file) throws CoreException {
        return problems(file).stream()
                .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    /** Whether a marker says that no installed plug-in contributes the technique pld. */
    private static boolean pldUnknown(IFile file) throws CoreException {
        return messages(file).stream().anyMatch(message -> message.contains("contributes the technique 'pld'"));
    }

    private static List<String> messages(IFile file) throws CoreException {
        return problems(file).stream().map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    private static List<IMarker> problems(IFile file) throws CoreException {
        return List.of(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO));
    }

    /** The item labelled {@code label} of the Help menu, which e4 fills only when the menu is shown. */
    private static MenuItem helpMenuItem(Shell shell, String label) {
        for (MenuItem top : shell.getMenuBar().getItems()) {
            if (Ui.plain(top.getText()).equals("Help")) {
                Menu help = top.getMenu();
                help.notifyListeners(SWT.Show, new Event());
                for (MenuItem item : help.getItems()) {
                    if (Ui.plain(item.getText()).startsWith(label)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** The Problems view's group row ("Errors (1 item)") whose label starts with {@code group}, or null. */
    private static TreeItem problemsViewRow(IWorkbenchWindow window, String group) {
        for (Tree tree : Ui.all(window.getShell(), Tree.class)) {
            for (TreeItem item : tree.getItems()) {
                if (item.getText().startsWith(group + " (")) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The PLD feature's row once the site's content has loaded (no "Pending..." row left), or null. */
    private static TreeItem pldRow(Shell wizard) {
        TreeItem found = null;
        for (Tree tree : Ui.all(wizard, Tree.class)) {
            for (TreeItem item : tree.getItems()) {
                if (item.getText().startsWith("Pending")) {
                    return null;
                }
                if (item.getText().contains(PLD_FEATURE)) {
                    found = item;
                }
            }
        }
        return found;
    }

    /** Ticks a row's check box as a click on it does: the viewer hears of it through a CHECK selection event. */
    private static void tick(TreeItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, event);
    }

    private void closeWorkbench() {
        if (ui == null) {
            return;
        }
        ui.later(() -> {
            for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
                if (shell.getParent() != null) {
                    shell.close(); // an open dialog would keep the workbench from closing
                }
            }
            PlatformUI.getWorkbench().close();
        });
    }
}
