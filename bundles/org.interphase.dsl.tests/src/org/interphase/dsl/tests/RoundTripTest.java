package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.AnnealStep;
import org.interphase.model.Chemical;
import org.interphase.model.ChemicalKind;
import org.interphase.model.CycleKind;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.DepositionCycle;
import org.interphase.model.Experiment;
import org.interphase.model.ImmersionKind;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.PlatingStripping;
import org.interphase.model.Property;
import org.interphase.model.Pulse;
import org.interphase.model.Purge;
import org.interphase.model.Quantity;
import org.interphase.model.RateCapability;
import org.interphase.model.Recipe;
import org.interphase.model.Source;
import org.interphase.model.Stack;
import org.interphase.model.StepGroup;
import org.interphase.model.Supercycle;
import org.interphase.model.Immersion;
import org.interphase.model.Citation;
import org.interphase.model.ProtocolStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Parse → serialise → parse gives an equal model. The model is serialised from a copy without its node model, so
 * the serializer writes every token itself rather than copying the original text, and the result is formatted.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class RoundTripTest {

	private static final InterphaseFactory FACTORY = InterphaseFactory.eINSTANCE;

	@Inject
	private ISerializer serializer;
	@Inject
	private TestModels models;

	@ParameterizedTest
	@MethodSource("org.interphase.dsl.tests.ExampleFiles#all")
	void exampleFileSurvivesSerialisation(Path file) {
		XtextResourceSet resourceSet = ExampleFiles.loadAll(models);
		Resource original = resourceSet.getResource(ExampleFiles.uri(file), false);
		Model parsed = (Model) original.getContents().get(0);

		// Out of the set, so that the reparsed file does not meet its own names twice; files it imports stay.
		resourceSet.getResources().remove(original);
		// Parsed under the file's own location, so that paths relative to it (measured data files) still resolve.
		Model reparsed = serialiseAndReparse(EcoreUtil.copy(parsed), resourceSet, ExampleFiles.uri(file).toString());

		assertTrue(EcoreUtil.equals(parsed, reparsed), () -> "the reparsed model of " + file.getFileName()
				+ " differs; serialised text:\n" + serializer.serialize(reparsed));
	}

	@Test
	void numbersAreWrittenAsPeopleWriteThem() {
		Model built = builtModel();
		models.newResourceSet().createResource(URI.createURI("numbers.iph")).getContents().add(built);

		String text = serializer.serialize(built);

		assertTrue(text.contains("ionicConductivity = 1.6e-4 ± 2e-5 S/cm at -20 °C"), text);
		assertTrue(text.contains("ald Al2O3-ALD at 250 °C"), text);
		assertTrue(text.contains("impedance from 1000000 Hz to 0.1 Hz"), text);
	}

	@Test
	void modelBuiltWithTheJavaApiSurvivesSerialisation() {
		Model built = builtModel();

		Model reparsed = serialiseAndReparse(built, models.newResourceSet(), "reparsed.iph");

		assertTrue(EcoreUtil.equals(built, reparsed), () -> "the reparsed model differs; serialised text:\n"
				+ serializer.serialize(reparsed));
		Quantity conductivity = ((Material) reparsed.getElements().get(2)).getProperties().get(0).getValue();
		assertEquals(1.6e-4, conductivity.getValue());
		assertEquals("S/cm", conductivity.getUnit());
	}

	/**
	 * Serialises a model that has no node model (a copy, or one built in Java) through a resource of the set, so
	 * that cross-references to other files get their names, and parses the text back without errors.
	 */
	private Model serialiseAndReparse(Model model, XtextResourceSet resourceSet, String location) {
		Resource detached = resourceSet.createResource(URI.createURI("serialised.iph"));
		detached.getContents().add(model);
		String text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());
		resourceSet.getResources().remove(detached);
		try {
			return models.parseWellFormed(text, location, resourceSet);
		} catch (AssertionError e) {
			throw new AssertionError("the serialised text does not parse cleanly:\n" + text, e);
		}
	}

	/** Every kind of element, step and measurement, with quantities that need exponents, signs and ± values. */
	private static Model builtModel() {
		Model model = FACTORY.createModel();
		model.setName("org.example.api");

		Source source = FACTORY.createSource();
		source.setName("Han2021");
		source.setCitation("Han et al., Nanoscale Adv. 2021, 3, 2728");
		source.setDoi("10.1039/D0NA01072H");
		Chemical tma = chemical(ChemicalKind.PRECURSOR, "TMA", "Al(CH3)3");
		Chemical water = chemical(ChemicalKind.REACTANT, "H2O", "H2O");
		Chemical nitrogen = chemical(ChemicalKind.GAS, "N2", "N2");
		Chemical pei = chemical(ChemicalKind.POLYMER, "PEI", "poly(ethylenimine)");
		Material latp = material("LATP", "Li1.3Al0.3Ti1.7(PO4)3");
		latp.setMaterialClass("NASICON");
		Property conductivity = FACTORY.createProperty();
		conductivity.setKey("ionicConductivity");
		conductivity.setValue(quantity(1.6e-4, "S/cm"));
		conductivity.getValue().setUncertainty(0.2e-4);
		conductivity.setTemperature(quantity(-20, "°C"));
		Citation citation = FACTORY.createCitation();
		citation.setSource(source);
		citation.setLocator("Table 2");
		conductivity.setCitation(citation);
		latp.getProperties().add(conductivity);
		Material alumina = material("Al2O3-ALD", "Al2O3");
		Material li = material("Li", "Li");
		Material lfp = material("LFP", "LiFePO4");

		Recipe recipe = FACTORY.createRecipe();
		recipe.setName("Coating");
		recipe.setSubstrate(latp);
		DepositionCycle ald = cycle(CycleKind.ALD, alumina, tma, water, nitrogen);
		ald.setTemperature(quantity(250, "°C"));
		ald.setRepeats(150);
		Supercycle supercycle = FACTORY.createSupercycle();
		supercycle.setFilm(alumina);
		supercycle.setPressure(quantity(1.5, "Torr"));
		supercycle.getSubcycles().add(cycle(CycleKind.ALD, alumina, tma, water, nitrogen));
		supercycle.getSubcycles().add(cycle(CycleKind.MLD, alumina, tma, water, nitrogen));
		supercycle.setRepeats(10);
		LayerByLayer lbl = FACTORY.createLayerByLayer();
		lbl.setFilm(alumina);
		Immersion dip = FACTORY.createImmersion();
		dip.setKind(ImmersionKind.DIP);
		dip.setSolution(pei);
		dip.setConcentration(quantity(0.2, "g/L"));
		dip.setPh(2.6);
		dip.setDuration(quantity(5, "min"));
		lbl.getBilayer().add(dip);
		lbl.setBilayerCount(30);
		AnnealStep bake = FACTORY.createAnnealStep();
		bake.setTemperature(quantity(130, "°C"));
		recipe.getSteps().add(ald);
		recipe.getSteps().add(supercycle);
		recipe.getSteps().add(lbl);
		recipe.getSteps().add(bake);

		Stack stack = FACTORY.createStack();
		stack.setName("Cell");
		stack.setArea(quantity(0.503, "cm2"));
		Layer pellet = layer(LayerRole.ELECTROLYTE, latp);
		pellet.setName("pellet");
		pellet.setThickness(quantity(1, "mm"));
		Layer coating = layer(LayerRole.COATING, alumina);
		coating.setRecipe(recipe);
		coating.setSubstrate(pellet);
		stack.getLayers().add(layer(LayerRole.CATHODE, lfp));
		stack.getLayers().add(pellet);
		stack.getLayers().add(coating);
		stack.getLayers().add(layer(LayerRole.LITHIUM, li));

		Experiment experiment = FACTORY.createExperiment();
		experiment.setName("Tests");
		experiment.setStack(stack);
		ImpedanceSweep eis = FACTORY.createImpedanceSweep();
		eis.setStartFrequency(quantity(1e6, "Hz"));
		eis.setEndFrequency(quantity(0.1, "Hz"));
		eis.setPointsPerDecade(8);
		eis.setAmplitude(quantity(10, "mV"));
		PlatingStripping plating = FACTORY.createPlatingStripping();
		plating.setCurrentDensity(quantity(0.1, "mA/cm2"));
		plating.setHalfCycleTime(quantity(1, "h"));
		plating.setTotalTime(quantity(600, "h"));
		CyclingProtocol cycling = FACTORY.createCyclingProtocol();
		StepGroup group = FACTORY.createStepGroup();
		group.setRepeats(20);
		group.getItems().add(protocolStep("Charge at C/10 until 4.2 V"));
		group.getItems().add(protocolStep("Discharge at C/10 until 2.5 V"));
		cycling.getItems().add(group);
		RateCapability rates = FACTORY.createRateCapability();
		rates.getRates().add("C/10");
		rates.getRates().add("0.5C");
		rates.setChargeRate("C/10");
		rates.setLowerVoltage(quantity(2.5, "V"));
		rates.setUpperVoltage(quantity(4.2, "V"));
		rates.setCyclesPerRate(5);
		experiment.getMeasurements().add(eis);
		experiment.getMeasurements().add(plating);
		experiment.getMeasurements().add(cycling);
		experiment.getMeasurements().add(rates);

		model.getElements().add(source);
		model.getElements().add(tma);
		model.getElements().add(latp);
		model.getElements().addAll(java.util.List.of(water, nitrogen, pei, alumina, li, lfp, recipe, stack, experiment));
		return model;
	}

	private static DepositionCycle cycle(CycleKind kind, Material film, Chemical precursor, Chemical reactant,
			Chemical purgeGas) {
		DepositionCycle cycle = FACTORY.createDepositionCycle();
		cycle.setKind(kind);
		cycle.setFilm(film);
		cycle.getHalfSteps().add(pulse(precursor, 0.1));
		cycle.getHalfSteps().add(purge(purgeGas));
		cycle.getHalfSteps().add(pulse(reactant, 0.1));
		cycle.getHalfSteps().add(purge(purgeGas));
		return cycle;
	}

	private static Pulse pulse(Chemical chemical, double seconds) {
		Pulse pulse = FACTORY.createPulse();
		pulse.setChemical(chemical);
		pulse.setDuration(quantity(seconds, "s"));
		return pulse;
	}

	private static Purge purge(Chemical gas) {
		Purge purge = FACTORY.createPurge();
		purge.setGas(gas);
		purge.setDuration(quantity(10, "s"));
		return purge;
	}

	private static Chemical chemical(ChemicalKind kind, String name, String formula) {
		Chemical chemical = FACTORY.createChemical();
		chemical.setKind(kind);
		chemical.setName(name);
		chemical.setFormula(formula);
		return chemical;
	}

	private static Material material(String name, String formula) {
		Material material = FACTORY.createMaterial();
		material.setName(name);
		material.setFormula(formula);
		return material;
	}

	private static Layer layer(LayerRole role, Material material) {
		Layer layer = FACTORY.createLayer();
		layer.setRole(role);
		layer.setMaterial(material);
		return layer;
	}

	private static ProtocolStep protocolStep(String sentence) {
		ProtocolStep step = FACTORY.createProtocolStep();
		step.setSentence(sentence);
		return step;
	}

	private static Quantity quantity(double value, String unit) {
		Quantity quantity = FACTORY.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		return quantity;
	}
}
