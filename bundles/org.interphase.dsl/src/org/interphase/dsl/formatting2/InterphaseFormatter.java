package org.interphase.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;
import org.interphase.model.Chemical;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.DepositionCycle;
import org.interphase.model.Element;
import org.interphase.model.Entry;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Import;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.RateCapability;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.model.StepGroup;
import org.interphase.model.Supercycle;
import org.interphase.model.TechniqueStep;

/**
 * Lays out Interphase files. Tokens are separated by single spaces (so "150   nm" becomes "150 nm"); no space goes
 * before ';', ',' or ':'. Blocks are indented by two spaces.
 * <p>
 * Two kinds of block:
 * <ul>
 * <li><b>Structure blocks</b> (recipe, stack, experiment, supercycle, lbl, cycling, repeat, rate-capability) always
 * put one item per line: a step, a layer, a measurement.</li>
 * <li><b>List blocks</b> (the half-steps of an ALD/MLD cycle, the dips of an LbL precursor or bilayer, the
 * parameters of a technique step, the properties of a material, chemical or layer) keep the lines as the user wrote them:
 * a block written on one line ({@code { pulse TMA 0.1 s; purge N2 10 s }}) stays on one line; in a block written over
 * several lines, each item stays on the line it was on, so a bilayer can show "dip; rinse" pairs per line. Papers
 * write ALD cycles as one "pulse/purge/pulse/purge" sequence, which reads best as one line.</li>
 * </ul>
 * Top-level elements are separated by a blank line when either spans several lines; consecutive one-line
 * declarations (chemicals, sources) may stay grouped, one per line, and keep one blank line between groups.
 * Comments are kept; the formatter only changes whitespace, never tokens.
 */
public class InterphaseFormatter extends AbstractFormatter2 {

	/** Lines between top-level elements or list items that the formatter keeps: at most one blank line. */
	private static final int MAX_NEW_LINES = 2;

	/** The language's indentation; Xtext's default is a tab. */
	static final String INDENTATION = "  ";

	/**
	 * Indents with {@link #INDENTATION} unless the caller asked for something other than Xtext's default (a language
	 * client sends its own tab size, for instance).
	 */
	@Override
	protected void initialize(FormatterRequest request) {
		ITypedPreferenceValues given = request.getPreferences();
		if (given == null || FormatterPreferenceKeys.indentation.getDefaultValue()
				.equals(given.getPreference(FormatterPreferenceKeys.indentation))) {
			MapBasedPreferenceValues preferences = given == null ? new MapBasedPreferenceValues()
					: new MapBasedPreferenceValues(given, new HashMap<>());
			preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
			preferences.put(FormatterPreferenceKeys.indentationLength, INDENTATION.length());
			request.setPreferences(preferences);
		}
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof Model model) {
			formatFile(model, document);
		}
	}

	/** The whole file at once: every rule below is local to one object, so one pass over the tree suffices. */
	private void formatFile(Model model, IFormattableDocument document) {
		separateAllTokens(document);
		formatHeader(model, document);
		separateElements(model.getElements(), document);
		model.eAllContents().forEachRemaining(object -> formatObject(object, document));
	}

	/**
	 * One space between any two tokens, at low priority so that every specific rule wins; the file starts with its
	 * first token or comment and ends with one line break.
	 */
	private void separateAllTokens(IFormattableDocument document) {
		IHiddenRegion first = getTextRegionAccess().regionForRootEObject().getPreviousHiddenRegion();
		document.set(first, it -> {
			if (first.containsComment()) {
				it.setNewLines(1, 1, MAX_NEW_LINES);
			} else {
				it.noSpace();
			}
			it.lowPriority();
		});
		for (IHiddenRegion region = first.getNextHiddenRegion(); region != null; region = region.getNextHiddenRegion()) {
			if (region.getNextSemanticRegion() == null) {
				document.set(region, it -> it.setNewLines(1));
			} else {
				document.set(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
		}
		for (ISemanticRegion punctuation : allKeywords(";", ",", ":", "[", "]")) {
			document.prepend(punctuation, it -> it.noSpace());
		}
		// Qualifiers hug their brackets: nucleationDelay[LATP], supercycleGpc[1:6].
		for (ISemanticRegion open : allKeywords("[")) {
			document.append(open, it -> it.noSpace());
		}
	}

	private List<ISemanticRegion> allKeywords(String... keywords) {
		ISemanticRegion root = getTextRegionAccess().regionForRootEObject().getPreviousHiddenRegion().getNextSemanticRegion();
		List<ISemanticRegion> found = new ArrayList<>();
		for (ISemanticRegion region = root; region != null; region = region.getNextSemanticRegion()) {
			if (region.getGrammarElement() instanceof Keyword keyword
					&& List.of(keywords).contains(keyword.getValue())) {
				found.add(region);
			}
		}
		return found;
	}

	/** "package", then the imports one per line, each group followed by a blank line. */
	private void formatHeader(Model model, IFormattableDocument document) {
		boolean hasBody = !model.getImports().isEmpty() || !model.getElements().isEmpty();
		ISemanticRegion packageName = regionFor(model).keyword("package");
		if (packageName != null && hasBody) {
			document.append(packageName.getNextSemanticRegion(), it -> it.setNewLines(2));
		}
		List<Import> imports = model.getImports();
		for (int i = 0; i < imports.size(); i++) {
			boolean last = i == imports.size() - 1;
			if (!last) {
				document.append(imports.get(i), it -> it.setNewLines(1));
			} else if (!model.getElements().isEmpty()) {
				document.append(imports.get(i), it -> it.setNewLines(2));
			}
		}
	}

	private void separateElements(List<Element> elements, IFormattableDocument document) {
		for (int i = 1; i < elements.size(); i++) {
			if (spansLines(elements.get(i - 1)) || spansLines(elements.get(i))) {
				document.prepend(elements.get(i), it -> it.setNewLines(2));
			} else {
				document.prepend(elements.get(i), it -> it.setNewLines(1, 1, MAX_NEW_LINES));
			}
		}
	}

	/**
	 * Whether the element takes more than one line once formatted: its structure blocks always do; otherwise it does
	 * exactly when it did before, since list blocks keep their lines and everything else is joined by spaces.
	 */
	private boolean spansLines(Element element) {
		return element instanceof Recipe || element instanceof Stack || element instanceof Experiment
				|| getTextRegionAccess().regionForEObject(element).isMultiline();
	}

	private void formatObject(EObject object, IFormattableDocument document) {
		switch (object) {
		case Recipe recipe -> structureBlock(outermostBlock(recipe), firstRegions(recipe.getSteps()), document);
		case Stack stack -> structureBlock(outermostBlock(stack),
				inTextOrder(keywords(stack, "area", "temperature", "pressure"), firstRegions(stack.getLayers())), document);
		case Experiment experiment -> structureBlock(outermostBlock(experiment), firstRegions(experiment.getMeasurements()),
				document);
		case Supercycle supercycle -> structureBlock(outermostBlock(supercycle), firstRegions(supercycle.getSubcycles()),
				document);
		case CyclingProtocol protocol -> structureBlock(outermostBlock(protocol), firstRegions(protocol.getItems()), document);
		case StepGroup group -> structureBlock(outermostBlock(group), firstRegions(group.getItems()), document);
		case RateCapability rates -> structureBlock(outermostBlock(rates),
				keywords(rates, "rates", "charge", "window", "repeat"), document);
		case ImpedanceSweep sweep -> continuationLines(sweep, keywords(sweep, "measured", "fit", "initial",
				"kramers-kronig", "drt"), document);
		case LayerByLayer lbl -> formatLayerByLayer(lbl, document);
		case DepositionCycle cycle -> listBlock(outermostBlock(cycle), firstRegions(cycle.getHalfSteps()), document);
		case TechniqueStep step -> listBlock(outermostBlock(step), firstRegions(step.getParameters()), document);
		case Chemical chemical -> listBlock(outermostBlock(chemical), firstRegions(chemical.getProperties()), document);
		case Entry entry -> listBlock(outermostBlock(entry), firstRegions(entry.getProperties()), document);
		case Material material -> listBlock(outermostBlock(material),
				inTextOrder(keywords(material, "class", "phase", "composition"), firstRegions(material.getProperties())),
				document);
		case Layer layer -> listBlock(outermostBlock(layer), firstRegions(layer.getProperties()), document);
		default -> {
			// Sources, steps without blocks, quantities: single spaces are all they need.
		}
		}
	}

	/**
	 * The clauses of a long measurement (measured "…" fit "…" kramers-kronig drt) stay on the lines they were on; a
	 * clause on a line of its own is indented under the measurement.
	 */
	private void continuationLines(EObject measurement, List<ISemanticRegion> clauses, IFormattableDocument document) {
		var region = getTextRegionAccess().regionForEObject(measurement);
		ISemanticRegion first = region.getPreviousHiddenRegion().getNextSemanticRegion();
		ISemanticRegion after = region.getNextHiddenRegion().getNextSemanticRegion();
		if (after == null) {
			return;
		}
		document.interior(first, after, it -> it.indent());
		for (ISemanticRegion clause : clauses) {
			document.prepend(clause, it -> {
				it.setNewLines(0, 0, 1);
				it.oneSpace();
			});
		}
	}

	/** The LbL block holds the optional precursor list and the bilayer list, each a list block of its own. */
	private void formatLayerByLayer(LayerByLayer lbl, IFormattableDocument document) {
		ISemanticRegionsFinder regions = regionFor(lbl);
		List<Pair<ISemanticRegion, ISemanticRegion>> blocks = regions.keywordPairs("{", "}");
		structureBlock(outermostBlock(lbl), keywords(lbl, "precursor", "bilayer"), document);
		ISemanticRegion precursor = regions.keyword("precursor");
		if (precursor != null) {
			listBlock(blockAfter(precursor, blocks), firstRegions(lbl.getPrecursorLayer()), document);
		}
		ISemanticRegion bilayer = regions.keyword("bilayer");
		if (bilayer != null) {
			listBlock(blockAfter(bilayer, blocks), firstRegions(lbl.getBilayer()), document);
		}
	}

	private static Pair<ISemanticRegion, ISemanticRegion> blockAfter(ISemanticRegion keyword,
			List<Pair<ISemanticRegion, ISemanticRegion>> blocks) {
		ISemanticRegion open = keyword.getNextSemanticRegion();
		return blocks.stream().filter(block -> block.getKey().equals(open)).findFirst().orElse(null);
	}

	/** One item per line, indented, with at most one blank line between items. */
	private void structureBlock(Pair<ISemanticRegion, ISemanticRegion> block, List<ISemanticRegion> items,
			IFormattableDocument document) {
		if (block == null) {
			return;
		}
		openBlock(block, true, document);
		for (int i = 1; i < items.size(); i++) {
			document.prepend(items.get(i), it -> it.setNewLines(1, 1, MAX_NEW_LINES));
		}
	}

	/** Items stay on the lines they were on: a line break between two items is kept, spaces become one. */
	private void listBlock(Pair<ISemanticRegion, ISemanticRegion> block, List<ISemanticRegion> items,
			IFormattableDocument document) {
		if (block == null) {
			return;
		}
		openBlock(block, block.getKey().merge(block.getValue()).isMultiline(), document);
		for (int i = 1; i < items.size(); i++) {
			document.prepend(items.get(i), it -> {
				it.setNewLines(0, 0, 1);
				it.oneSpace();
			});
		}
	}

	private void openBlock(Pair<ISemanticRegion, ISemanticRegion> block, boolean multiline,
			IFormattableDocument document) {
		ISemanticRegion open = block.getKey();
		ISemanticRegion close = block.getValue();
		document.prepend(open, it -> it.oneSpace());
		if (multiline) {
			document.append(open, it -> it.newLine());
			document.prepend(close, it -> it.newLine());
			document.interior(open, close, it -> it.indent());
		} else {
			document.append(open, it -> it.oneSpace());
			document.prepend(close, it -> it.oneSpace());
		}
	}

	/** The first '{' of the object itself and its matching '}'; null when the optional block is not written. */
	private Pair<ISemanticRegion, ISemanticRegion> outermostBlock(EObject object) {
		return regionFor(object).keywordPairs("{", "}").stream()
				.min(Comparator.comparingInt(block -> block.getKey().getOffset()))
				.orElse(null);
	}

	private ISemanticRegionsFinder regionFor(EObject object) {
		return textRegionExtensions.regionFor(object);
	}

	private List<ISemanticRegion> keywords(EObject object, String... keywords) {
		return regionFor(object).keywords(keywords);
	}

	private List<ISemanticRegion> firstRegions(List<? extends EObject> objects) {
		return objects.stream()
				.map(object -> getTextRegionAccess().regionForEObject(object))
				.filter(Objects::nonNull)
				.map(region -> region.getPreviousHiddenRegion().getNextSemanticRegion())
				.toList();
	}

	/** The first tokens of items of different kinds, in the order they appear in the text. */
	@SafeVarargs
	private static List<ISemanticRegion> inTextOrder(List<ISemanticRegion>... kinds) {
		return Stream.of(kinds).flatMap(List::stream).sorted(Comparator.comparingInt(ISemanticRegion::getOffset))
				.toList();
	}
}
