package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.library.StackLibrary;
import org.interphase.dsl.library.WrittenEntries;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;
import org.interphase.model.Element;
import org.interphase.model.Entry;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Property;
import org.interphase.model.Stack;

/**
 * The materials, processes, interfaces and curves of a file checked by the library itself, with the files loaded
 * beside it (a process may make a material another file declares): what the library would refuse when the file is
 * simulated is an error on the line that causes it. Values whose unit {@link QuantityChecks} already reports are
 * left to it, so a wrong unit is reported once, with its quick fix.
 */
final class LibraryEntryChecks extends InterphaseCheckBase {

	@Check
	public void checkEntries(Model model) {
		Resource resource = model.eResource();
		if (resource == null || resource.getResourceSet() == null || !declaresEntries(model)) {
			return;
		}
		FilesLibrary files = LibraryFacts.files(resource);
		List<EObject> own = files.written().declared().stream().filter(object -> object.eResource() == resource)
				.toList();
		files.problem().ifPresent(e -> {
			String file = resource.getURI().toString();
			for (LibraryProblem problem : e.problems()) {
				if (problem.file().equals(file)) {
					report(problem, own);
				}
			}
		});
	}

	/**
	 * The properties the layers of a stack state for themselves, checked by the library as a simulation of the stack
	 * lays them over their materials ({@link StackLibrary}).
	 */
	@Check
	public void checkLayerProperties(Stack stack) {
		Resource resource = stack.eResource();
		if (resource == null || resource.getResourceSet() == null
				|| stack.getLayers().stream().allMatch(layer -> layer.getProperties().isEmpty())) {
			return;
		}
		LibraryFacts.files(resource).combined().ifPresent(files -> {
			try {
				StackLibrary.of(files, stack);
			} catch (LibraryException e) {
				List<EObject> layers = List.copyOf(stack.getLayers());
				e.problems().stream().filter(problem -> problem.file().equals(resource.getURI().toString()))
						.forEach(problem -> report(problem, layers));
			}
		});
	}

	/**
	 * A material, process, interface or curve is declared once across the files loaded together: two files that
	 * both declare one would each override the other, and which one a simulation takes would depend on the order
	 * the files are loaded in. Each file gets the error at its own declaration.
	 */
	@Check
	public void checkDeclaredOnce(Model model) {
		Resource resource = model.eResource();
		if (resource == null || resource.getResourceSet() == null || !declaresEntries(model)) {
			return;
		}
		for (Element element : model.getElements()) {
			String what = declaration(element);
			if (what == null) {
				continue;
			}
			otherDeclaration(what, element, resource).ifPresent(other -> error(what + " is also declared at "
					+ WrittenEntries.origin(other) + ", and the two would override each other; keep one of them and"
					+ " delete or rename the other", element, InterphasePackage.Literals.NAMED_ELEMENT__NAME,
					InterphaseIssueCodes.LIBRARY_ENTRY));
		}
	}

	/** "material LATP", "process ALD-X", "interface IF-X", "curve OCV-X", or null for anything else. */
	private static String declaration(EObject element) {
		return switch (element) {
			case Material material when material.getName() != null -> "material " + material.getName();
			case Entry entry when entry.getName() != null && entry.getKind() != null -> (entry.getKind().equals(
					"interface") || entry.getKind().equals("curve") ? entry.getKind() : "process") + " "
					+ entry.getName();
			default -> null;
		};
	}

	private static Optional<Element> otherDeclaration(String what, Element element, Resource own) {
		for (Resource other : own.getResourceSet().getResources()) {
			if (other == own || other.getContents().isEmpty() || !(other.getContents().get(0) instanceof Model model)) {
				continue;
			}
			Optional<Element> same = model.getElements().stream().filter(e -> what.equals(declaration(e))).findFirst();
			if (same.isPresent()) {
				return same;
			}
		}
		return Optional.empty();
	}

	private static boolean declaresEntries(Model model) {
		return model.getElements().stream().anyMatch(element -> element instanceof Material || element instanceof Entry);
	}

	private void report(LibraryProblem problem, List<EObject> own) {
		Optional<Property> line = own.stream().flatMap(element -> properties(element).stream())
				.filter(property -> WrittenEntries.origin(property).line() == problem.line()).findFirst();
		if (line.isPresent()) {
			if (wellFormed(line.get())) {
				error(problem.message(), line.get(), null, InterphaseIssueCodes.LIBRARY_ENTRY);
			}
			return;
		}
		// A problem of the entry as a whole (a missing GPC, an unknown material) is reported at the entry.
		own.stream().filter(element -> WrittenEntries.origin(element).line() <= problem.line())
				.reduce((earlier, later) -> later).or(() -> own.stream().findFirst())
				.ifPresent(element -> error(problem.message(), element, InterphasePackage.Literals.NAMED_ELEMENT__NAME,
						InterphaseIssueCodes.LIBRARY_ENTRY));
	}

	private static List<Property> properties(EObject element) {
		return switch (element) {
			case Entry entry -> entry.getProperties();
			case Layer layer -> layer.getProperties();
			default -> ((Material) element).getProperties();
		};
	}

	/** Whether {@link QuantityChecks} finds nothing wrong with the units of the line's values. */
	private static boolean wellFormed(Property property) {
		return List.of(Optional.ofNullable(property.getValue()), Optional.ofNullable(property.getUpper()),
				Optional.ofNullable(property.getTemperature())).stream().flatMap(Optional::stream)
				.allMatch(quantity -> parse(quantity).map(parsed -> QuantitySlots.accepted(quantity)
						.map(dimensions -> dimensions.contains(parsed.dimension())).orElse(true)).orElse(false));
	}
}
