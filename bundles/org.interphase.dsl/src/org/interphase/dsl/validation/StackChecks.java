package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.interphase.library.MaterialClass;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialInterface;
import org.interphase.library.SourcedFlag;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Stack;

/** Cell stacks: an electrolyte, one negative electrode in a full cell, and Li against what it reduces. */
public class StackChecks extends InterphaseCheckBase {

	/** Classes of deliberately deposited interlayers, from which a protective coating is suggested. */
	private static final Set<MaterialClass> COATING_CLASSES = Set.of(MaterialClass.BINARY_OXIDE,
			MaterialClass.TERNARY_OXIDE, MaterialClass.NITRIDE, MaterialClass.HYBRID, MaterialClass.POLYMER);

	/** The library id of lithium metal. */
	private static final String LITHIUM = "Li";

	/**
	 * A warning rather than an error: a stack without electrolyte is no cell and cannot be simulated, but a half-built
	 * one (an electrode with its coating) is still worth writing down.
	 */
	@Check
	public void checkElectrolyte(Stack stack) {
		if (stack.getLayers().stream().noneMatch(layer -> layer.getRole() == LayerRole.ELECTROLYTE)) {
			warning("stack " + stack.getName() + " has no electrolyte layer, so it is no cell that can be simulated;"
					+ " add one, e.g. 'electrolyte LATP 1 mm'", stack, InterphasePackage.Literals.NAMED_ELEMENT__NAME,
					InterphaseIssueCodes.NO_ELECTROLYTE);
		}
	}

	/**
	 * A full cell (one with a cathode) has exactly one negative electrode, anode or lithium; a cell without a cathode
	 * is symmetric and has Li on both sides, but still only one anode layer.
	 */
	@Check
	public void checkNegativeElectrodes(Stack stack) {
		boolean fullCell = stack.getLayers().stream().anyMatch(layer -> layer.getRole() == LayerRole.CATHODE);
		List<Layer> negatives = stack.getLayers().stream()
				.filter(layer -> layer.getRole() == LayerRole.ANODE || fullCell && layer.getRole() == LayerRole.LITHIUM)
				.toList();
		if (negatives.size() > 1) {
			error("stack " + stack.getName() + " has " + negatives.size() + " negative electrodes"
					+ (fullCell ? " (anode or lithium) next to its cathode" : "")
					+ "; a cell has one, so remove this layer or make it a coating or interphase", negatives.get(1),
					InterphasePackage.Literals.LAYER__ROLE, InterphaseIssueCodes.TWO_ANODES);
		}
	}

	@Check
	public void checkLithiumContacts(Stack stack) {
		List<Layer> layers = stack.getLayers();
		for (int i = 0; i + 1 < layers.size(); i++) {
			checkContact(layers.get(i), layers.get(i + 1));
			checkContact(layers.get(i + 1), layers.get(i));
		}
	}

	private void checkContact(Layer lithium, Layer electrolyte) {
		if (!isLithium(lithium) || electrolyte.getRole() != LayerRole.ELECTROLYTE) {
			return;
		}
		Optional<SourcedFlag> reduced = LibraryFacts.entry(electrolyte.getMaterial())
				.flatMap(entry -> entry.flag(MaterialFlag.REDUCED_BY_LI)).filter(SourcedFlag::value);
		if (reduced.isEmpty()) {
			return;
		}
		String name = electrolyte.getMaterial().getName();
		String coating = suggestedCoating();
		warning("Li metal directly on " + name + ": an interphase will form (" + name + " is reduced by Li: "
				+ LibraryFacts.cite(reduced.get().source()) + "); put a coating between them, e.g. 'coating "
				+ coating + "'", lithium, InterphasePackage.Literals.LAYER__MATERIAL,
				InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE, name, coating);
	}

	private static boolean isLithium(Layer layer) {
		return layer.getRole() == LayerRole.LITHIUM || layer.getRole() == LayerRole.ANODE
				&& LibraryFacts.entry(layer.getMaterial()).map(entry -> entry.id().equals(LITHIUM)).orElse(false);
	}

	/** The first coating material the library describes a Li contact for that forms no interphase. */
	private static String suggestedCoating() {
		return LibraryFacts.library().interfaces().stream()
				.filter(contact -> contact.interphase().isEmpty() && contact.joins(LITHIUM, other(contact)))
				.map(StackChecks::other)
				.filter(id -> LibraryFacts.library().material(id)
						.map(m -> COATING_CLASSES.contains(m.materialClass())).orElse(false))
				.findFirst().orElse("");
	}

	private static String other(MaterialInterface contact) {
		return contact.between().equals(LITHIUM) ? contact.and() : contact.between();
	}
}
