package org.interphase.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.ui.application.IWorkbenchConfigurer;

/**
 * The images of org.eclipse.ui.ide that its views (Problems, Tasks, Bookmarks, Project Explorer, Properties) look up
 * in the workbench's image registry. The IDE's own workbench advisor declares them; a product with an advisor of
 * its own must, or those views show the missing-image red square for errors, warnings and projects. Keys and paths
 * are those of IDEWorkbenchAdvisor (the keys' constants are internal to the IDE: IDEInternalWorkbenchImages).
 */
final class IdeImages {

    private static final String IDE = "org.eclipse.ui.ide";
    private static final String ICONS = "$nl$/icons/full/";

    /** {key, path under icons/full}: shared images (what views ask the workbench for). */
    private static final String[][] SHARED = {
        {"IMG_OBJ_PROJECT", "obj16/prj_obj.svg"},
        {"IMG_OBJ_PROJECT_CLOSED", "obj16/cprj_obj.svg"},
        {"IMG_OPEN_MARKER", "elcl16/gotoobj_tsk.svg"},
        {"IMG_ELCL_QUICK_FIX_ENABLED", "elcl16/smartmode_co.svg"},
        {"IMG_OBJS_FIXABLE_WARNING", "obj16/quickfix_warning_obj.svg"},
        {"IMG_OBJS_FIXABLE_ERROR", "obj16/quickfix_error_obj.svg"},
        {"IMG_OBJS_FIXABLE_INFO", "obj16/quickfix_info_obj.svg"},
        {"IMG_OBJS_TASK_TSK", "obj16/taskmrk_tsk.svg"},
        {"IMG_OBJS_BKMRK_TSK", "obj16/bkmrk_tsk.svg"},
        {"IMG_OBJS_COMPLETE_TSK", "obj16/complete_tsk.svg"},
        {"IMG_OBJS_INCOMPLETE_TSK", "obj16/incomplete_tsk.svg"},
        {"IMG_OBJS_ERROR_PATH", "obj16/error_tsk.svg"},
        {"IMG_OBJS_WARNING_PATH", "obj16/warn_tsk.svg"},
        {"IMG_OBJS_INFO_PATH", "obj16/info_tsk.svg"},
        {"IMG_LCL_FLAT_LAYOUT", "elcl16/flatLayout.svg"},
        {"IMG_LCL_HIERARCHICAL_LAYOUT", "elcl16/hierarchicalLayout.svg"},
        {"IMG_ETOOL_PROBLEM_CATEGORY", "etool16/problem_category.svg"},
        {"IMG_ETOOL_PROBLEMS_VIEW", "eview16/problems_view.svg"},
        {"IMG_ETOOL_PROBLEMS_VIEW_ERROR", "eview16/problems_view_error.svg"},
        {"IMG_ETOOL_PROBLEMS_VIEW_WARNING", "eview16/problems_view_warning.svg"},
        {"IMG_ETOOL_PROBLEMS_VIEW_INFO", "eview16/problems_view_info.svg"},
    };

    /** Dialog and wizard banners: not shared. */
    private static final String[][] BANNERS = {
        {"IMG_WIZBAN_NEWPRJ_WIZ", "wizban/newprj_wiz.svg"},
        {"IMG_WIZBAN_NEWFOLDER_WIZ", "wizban/newfolder_wiz.svg"},
        {"IMG_WIZBAN_NEWFILE_WIZ", "wizban/newfile_wiz.svg"},
        {"IMG_WIZBAN_IMPORTDIR_WIZ", "wizban/importdir_wiz.svg"},
        {"IMG_WIZBAN_IMPORTZIP_WIZ", "wizban/importzip_wiz.svg"},
        {"IMG_WIZBAN_EXPORTDIR_WIZ", "wizban/exportdir_wiz.svg"},
        {"IMG_WIZBAN_EXPORTZIP_WIZ", "wizban/exportzip_wiz.svg"},
        {"IMG_DLGBAN_SAVEAS_DLG", "wizban/saveas_wiz.svg"},
        {"IMG_DLGBAN_QUICKFIX_DLG", "wizban/quick_fix.svg"},
    };

    private IdeImages() {
    }

    static void declare(IWorkbenchConfigurer configurer) {
        declare(configurer, SHARED, true);
        declare(configurer, BANNERS, false);
        // The disabled quick-fix button is the enabled one greyed, as the IDE declares it.
        ImageDescriptor quickFix = descriptor("elcl16/smartmode_co.svg");
        configurer.declareImage("IMG_DLCL_QUICK_FIX_DISABLED",
                ImageDescriptor.createWithFlags(quickFix, SWT.IMAGE_DISABLE), true);
    }

    private static void declare(IWorkbenchConfigurer configurer, String[][] images, boolean shared) {
        for (String[] image : images) {
            configurer.declareImage(image[0], descriptor(image[1]), shared);
        }
    }

    private static ImageDescriptor descriptor(String path) {
        // Lazy: the file is read when a view first shows the image, so start-up does not load any of them.
        return ResourceLocator.imageDescriptorFromBundle(IDE, ICONS + path)
                .orElseThrow(() -> new IllegalStateException(IDE + " has no icon " + path));
    }
}
