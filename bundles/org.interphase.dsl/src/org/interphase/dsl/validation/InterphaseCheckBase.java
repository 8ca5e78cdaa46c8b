package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Quantity;

/**
 * Base of the focused checker classes that {@link InterphaseValidator} composes. They run only as part of it, so they
 * do not register themselves (that would run every check twice).
 */
abstract class InterphaseCheckBase extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(InterphasePackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Registered through @ComposedChecks of InterphaseValidator.
	}

	/**
	 * The value in SI units if {@code quantity} is given with a unit of {@code dimension}; empty otherwise, because
	 * {@link QuantityChecks} reports bad or missing units and the other checks must not report them again.
	 */
	static Optional<Double> si(Quantity quantity, Dimension dimension) {
		return parse(quantity).filter(q -> q.dimension().equals(dimension))
				.map(org.interphase.core.units.Quantity::si);
	}

	/** The quantity as the units library reads it; empty if it is absent or its unit cannot be read. */
	static Optional<org.interphase.core.units.Quantity> parse(Quantity quantity) {
		if (quantity == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(org.interphase.core.units.Quantity.of(quantity.getValue(),
					quantity.getUnit() == null ? "" : quantity.getUnit().strip()));
		} catch (QuantityException e) {
			return Optional.empty();
		}
	}

	/** The quantity as written, e.g. "250 °C". */
	static String text(Quantity quantity) {
		return parse(quantity).map(org.interphase.core.units.Quantity::text).orElse(String.valueOf(quantity.getValue()));
	}
}
