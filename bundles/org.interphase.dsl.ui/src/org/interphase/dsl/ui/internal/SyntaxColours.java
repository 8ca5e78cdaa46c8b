package org.interphase.dsl.ui.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;

/**
 * The editor's syntax colours, readable on the background the editor has now: the Java editor's colours on a light
 * background, lighter ones on a dark background (the dark theme's, or one the user set), each with a contrast of at
 * least 4.5:1 (WCAG AA) against the light or the dark theme's editor background. The background is looked up each
 * time a range is coloured, so the colours follow a theme applied after the editor opened.
 */
final class SyntaxColours {

    private static final Map<TokenCategory, TextAttribute> LIGHT = new EnumMap<>(TokenCategory.class);
    private static final Map<TokenCategory, TextAttribute> DARK = new EnumMap<>(TokenCategory.class);

    static {
        // Colours of the Java editor's defaults, which users of Eclipse-based tools know.
        LIGHT.put(TokenCategory.KEYWORD, new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
        LIGHT.put(TokenCategory.NUMBER, new TextAttribute(new Color(0, 0, 192)));
        LIGHT.put(TokenCategory.UNIT, new TextAttribute(new Color(0, 128, 128), null, SWT.ITALIC));
        LIGHT.put(TokenCategory.STRING, new TextAttribute(new Color(42, 0, 255)));
        LIGHT.put(TokenCategory.COMMENT, new TextAttribute(new Color(63, 127, 95)));
        // The same hues, lighter, as the dark theme's Java colours are.
        DARK.put(TokenCategory.KEYWORD, new TextAttribute(new Color(230, 140, 60), null, SWT.BOLD));
        DARK.put(TokenCategory.NUMBER, new TextAttribute(new Color(120, 170, 220)));
        DARK.put(TokenCategory.UNIT, new TextAttribute(new Color(90, 200, 200), null, SWT.ITALIC));
        DARK.put(TokenCategory.STRING, new TextAttribute(new Color(120, 200, 170)));
        DARK.put(TokenCategory.COMMENT, new TextAttribute(new Color(128, 180, 110)));
    }

    private static final Map<String, TextAttribute> SEMANTIC_LIGHT = Map.of(
            InterphaseSemanticHighlighting.MATERIAL, new TextAttribute(new Color(160, 82, 0), null, SWT.BOLD),
            InterphaseSemanticHighlighting.CHEMICAL, new TextAttribute(new Color(110, 60, 170)),
            InterphaseSemanticHighlighting.RECIPE, new TextAttribute(new Color(0, 120, 60), null, SWT.BOLD),
            InterphaseSemanticHighlighting.STACK, new TextAttribute(new Color(0, 90, 170), null, SWT.BOLD),
            InterphaseSemanticHighlighting.SOURCE, new TextAttribute(new Color(110, 110, 110), null, SWT.ITALIC));

    private static final Map<String, TextAttribute> SEMANTIC_DARK = Map.of(
            InterphaseSemanticHighlighting.MATERIAL, new TextAttribute(new Color(255, 175, 90), null, SWT.BOLD),
            InterphaseSemanticHighlighting.CHEMICAL, new TextAttribute(new Color(190, 150, 255)),
            InterphaseSemanticHighlighting.RECIPE, new TextAttribute(new Color(120, 210, 130), null, SWT.BOLD),
            InterphaseSemanticHighlighting.STACK, new TextAttribute(new Color(110, 170, 255), null, SWT.BOLD),
            InterphaseSemanticHighlighting.SOURCE, new TextAttribute(new Color(170, 170, 170), null, SWT.ITALIC));

    /** The editor's background now; null before the editor has a text widget. */
    private final Supplier<Color> background;

    SyntaxColours(Supplier<Color> background) {
        this.background = background;
    }

    /** The style of a lexical category on the current background. */
    TextAttribute style(TokenCategory category) {
        return (dark() ? DARK : LIGHT).get(category);
    }

    /** The style of a semantic highlighting id on the current background, or null for an id without colour. */
    TextAttribute semantic(String id) {
        return (dark() ? SEMANTIC_DARK : SEMANTIC_LIGHT).get(id);
    }

    private boolean dark() {
        Color colour = background.get();
        return colour != null && isDark(colour.getRGB());
    }

    /** Whether dark text would be hard to read on {@code rgb}: its relative luminance is below that of mid-grey. */
    static boolean isDark(RGB rgb) {
        return luminance(rgb) < 0.18;
    }

    /** Relative luminance (WCAG 2), 0 for black to 1 for white. */
    static double luminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    /** The contrast ratio of two colours (WCAG 2), 1 to 21. */
    static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
