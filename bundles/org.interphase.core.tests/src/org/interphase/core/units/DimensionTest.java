package org.interphase.core.units;

import static org.interphase.core.units.Tolerances.CONVERSION;
import static org.interphase.core.units.Tolerances.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dimension algebra and the words used for dimensions in messages. */
class DimensionTest {

    /** Every public Dimension constant, so a constant added without a name is caught. */
    static Stream<Arguments> namedDimensions() throws IllegalAccessException {
        Field[] fields = Dimension.class.getFields();
        Stream.Builder<Arguments> all = Stream.builder();
        for (Field f : fields) {
            if (f.getType() == Dimension.class && Modifier.isStatic(f.getModifiers())) {
                all.add(Arguments.of(f.getName(), f.get(null)));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedDimensions")
    void everyConstantHasANameAnSiUnitAndAWorkingExample(String name, Dimension dimension) {
        assertFalse(dimension.noun().startsWith("quantity in"), name + " has no name");
        assertEquals(dimension, Units.parse(dimension.example()).dimension(), name + " example " + dimension.example());
        if (!dimension.equals(Dimension.NONE)) {
            Unit si = Units.unit(dimension.siSymbol());
            assertEquals(dimension, si.dimension(), name + " SI unit " + dimension.siSymbol());
            assertRelative(1, si.toSi(1), CONVERSION, name + " SI unit is coherent");
        }
    }

    @Test
    void combinesExponents() {
        assertEquals(Dimension.AREA, Dimension.LENGTH.times(Dimension.LENGTH));
        assertEquals(Dimension.CURRENT_DENSITY, Dimension.CURRENT.over(Dimension.AREA));
        assertEquals(Dimension.FREQUENCY, Dimension.TIME.pow(-1));
        assertEquals(Dimension.NONE, Dimension.ENERGY.pow(0));
        assertEquals(new Dimension(-3, -1, 3, 2, 0, 0), Dimension.CONDUCTIVITY);
        assertEquals(Dimension.AREAL_RESISTANCE, Dimension.CONDUCTIVITY.pow(-1).times(Dimension.LENGTH));
    }

    @Test
    void describesNamedAndUnnamedDimensions() {
        assertEquals("a length (m)", Dimension.LENGTH.describe());
        assertEquals("a conductivity (S/m)", Dimension.CONDUCTIVITY.describe());
        assertEquals("an areal resistance (Ω·m²)", Dimension.AREAL_RESISTANCE.describe());
        assertEquals("a dimensionless number", Dimension.NONE.describe());
        Dimension thermalConductivity = Dimension.POWER.over(Dimension.LENGTH).over(Dimension.TEMPERATURE);
        assertEquals("a quantity in m·kg·s^-3·K^-1", thermalConductivity.describe());
    }

    @Test
    void writesUnnamedDimensionsInSiThatParsesBack() {
        Dimension[] unnamed = {
            Dimension.POWER.over(Dimension.LENGTH).over(Dimension.TEMPERATURE),
            Dimension.CHARGE.over(Dimension.VOLUME),
            Dimension.AMOUNT.pow(2).over(Dimension.CURRENT)};
        Arrays.stream(unnamed).forEach(d -> {
            assertEquals(d, Units.unit(d.siSymbol()).dimension(), d.siSymbol());
            assertEquals(d, Units.parse(d.example()).dimension(), d.example());
        });
    }
}
