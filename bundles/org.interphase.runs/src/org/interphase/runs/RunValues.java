package org.interphase.runs;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.RunValue;

/** Makes the {@link RunValue}s of a run: traced inputs and computed results. */
final class RunValues {

    private RunValues() {
    }

    /** A computed result, which has no source. */
    static RunValue computed(String name, double value, String unit) {
        RunValue result = RunFactory.eINSTANCE.createRunValue();
        result.setName(name);
        result.setValue(value);
        result.setUnit(unit);
        return result;
    }

    /** An input in SI units, with the SI unit of what was written and the line or citation it came from. */
    static RunValue input(CompiledValue value) {
        RunValue result = computed(value.name(), value.si(), siUnit(value.written()));
        result.setSource(value.source().toString());
        return result;
    }

    /** The SI unit of a written value; empty for counts, plain numbers and computed values. */
    private static String siUnit(String written) {
        if (written.isEmpty()) {
            return "";
        }
        try {
            Dimension dimension = Units.parse(written).dimension();
            return dimension.equals(Dimension.NONE) ? "" : dimension.siSymbol();
        } catch (QuantityException notAQuantity) {
            // A count written as a bare number ("30") has no unit.
            return "";
        }
    }
}
