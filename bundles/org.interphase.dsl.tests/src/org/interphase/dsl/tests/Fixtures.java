package org.interphase.dsl.tests;

/** Declarations that the parsing tests refer to, so each test shows only the construct it is about. */
final class Fixtures {

	/** Chemicals and materials used by the recipe, stack and experiment tests. */
	static final String DECLARATIONS = """
			precursor TMA "Al(CH3)3"
			precursor LiOtBu "(CH3)3COLi"
			reactant H2O "H2O"
			reactant NH3 "NH3"
			reactant EG "HOCH2CH2OH"
			gas N2 "N2"
			gas Ar "Ar"
			gas O2 "O2"
			polymer PEI "branched polyethylenimine"
			polymer PAA "poly(acrylic acid)"
			polymer PEO "poly(ethylene oxide)"
			solution Trizma "tris(hydroxymethyl)aminomethane buffer"
			material LATP "Li1.3Al0.3Ti1.7(PO4)3"
			material Li "Li"
			material SS "stainless steel"
			material LFP "LiFePO4"
			material Al2O3 "Al2O3"
			material Li2O "Li2O"
			material AlN "AlN"
			material Alucone "Al alkoxide"
			material PaaPeo "(PAA/PEO)n"
			material LLTO "Li0.33La0.55TiO3"
			material MCI "mixed-conducting interphase"
			""";

	private Fixtures() {
	}
}
