package org.interphase.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Value converters of the Interphase grammar. Numbers are written as people write them in a recipe: "250" rather
 * than Java's "250.0", "1.6e-4" rather than "1.6E-4", so that a model saved from Java or edited in a form reads
 * like a hand-written file.
 */
public class InterphaseValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<Double> number = new NumberConverter();

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return number;
	}

	/**
	 * Plain decimal notation between 10⁻³ and 10⁷, where it is short; scientific notation (which the grammar's
	 * DOUBLE reads) outside, so 1e-9 m is not written with nine zeros.
	 */
	static final class NumberConverter extends AbstractNullSafeConverter<Double> {

		private static final double PLAIN_MIN = 1e-3;
		private static final double PLAIN_MAX = 1e7;

		@Override
		protected String internalToString(Double value) {
			if (value.isNaN() || value.isInfinite()) {
				throw new ValueConverterException("a number in an Interphase file must be finite, not " + value, null,
						null);
			}
			double magnitude = Math.abs(value);
			if (magnitude == 0 || (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX)) {
				// BigDecimal.valueOf gives the shortest decimal that reads back as the same double.
				return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
			}
			return Double.toString(value).replace(".0E", "E").replace('E', 'e');
		}

		@Override
		protected Double internalToValue(String string, INode node) {
			try {
				return Double.valueOf(string);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number", node, e);
			}
		}
	}
}
