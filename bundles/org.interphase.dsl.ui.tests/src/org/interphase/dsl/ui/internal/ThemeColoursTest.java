package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * Syntax colours stay readable on a dark theme: on the dark theme's editor background every keyword, number, unit,
 * comment and coloured name is drawn in a colour with at least 4.5:1 contrast (WCAG AA), as on the light one.
 */
class ThemeColoursTest extends ExampleEditorTest {

    /** The editor background of Eclipse's dark theme. */
    private static final RGB DARK = new RGB(47, 47, 47);
    private static final RGB LIGHT = new RGB(255, 255, 255);

    ThemeColoursTest() {
        super("paa-peo-theme", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void keywordsNumbersUnitsCommentsAndNamesAreReadableOnALightAndADarkBackground() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        int material = text.indexOf("pellet: LATP") + "pellet: ".length();
        assertTrue(ExampleProject.waitUntil(() -> InterphaseSemanticHighlighting.MATERIAL.equals(
                editor.colouring().styleAt(material))), "LATP should be coloured as a material");
        int keyword = text.indexOf("stack ");
        int comment = text.indexOf("//");
        int number = firstDigit(text, text.indexOf("area"));
        int unit = text.indexOf("cm2", number);
        assertTrue(keyword >= 0 && comment >= 0 && number >= 0 && unit >= 0, "the example has every kind of token");
        int[] offsets = {keyword, comment, number, unit, material};
        StyledText widget = editor.viewer().getTextWidget();

        for (RGB background : new RGB[] {DARK, LIGHT}) {
            widget.setBackground(new Color(background));
            editor.viewer().invalidateTextPresentation();
            ExampleProject.runEventLoop(100);
            for (int offset : offsets) {
                editor.selectAndReveal(offset, 0);
                ExampleProject.runEventLoop(50);
                StyleRange drawn = ExampleProject.drawnAt(editor, offset);
                assertTrue(drawn != null && drawn.foreground != null, "no colour at " + snippet(text, offset));
                double contrast = SyntaxColours.contrast(drawn.foreground.getRGB(), background);
                assertTrue(contrast >= 4.5, snippet(text, offset) + " is drawn in " + drawn.foreground.getRGB()
                        + " on " + background + ": contrast " + contrast);
            }
            Screenshots.save(page.getWorkbenchWindow().getShell(),
                    background.equals(DARK) ? "editor-dark-background" : "editor-light-background");
        }
        assertEquals(new RGB(127, 0, 85), ExampleProject.drawnAt(editor, keyword).foreground.getRGB(),
                "on a light background keywords keep the Java editor's colour");
    }

    @Test
    void darkBackgroundsAreToldFromLightOnes() {
        assertTrue(SyntaxColours.isDark(DARK));
        assertTrue(SyntaxColours.isDark(new RGB(60, 63, 65)));
        assertFalse(SyntaxColours.isDark(LIGHT));
        assertFalse(SyntaxColours.isDark(new RGB(240, 240, 240)));
    }

    private static int firstDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String snippet(String text, int offset) {
        return "'" + text.substring(offset, Math.min(text.length(), offset + 12)).replace('\n', ' ') + "'";
    }
}
