package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Quantity;
import org.interphase.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The metamodel is usable without the language: as XMI and through the generated Java API. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ModelExchangeTest {

	private static final InterphaseFactory FACTORY = InterphaseFactory.eINSTANCE;

	@Inject
	private TestModels models;

	@Test
	void parsedModelSurvivesARoundTripThroughXmi() throws IOException {
		Model parsed = models.parseWellFormed(Fixtures.DECLARATIONS + """
				recipe AluminaOnLatp on LATP {
				  ald Al2O3 at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 150
				}
				stack Cell {
				  area 0.503 cm2
				  lithium Li 200 µm
				  coating Al2O3 by AluminaOnLatp on pellet
				  electrolyte pellet: LATP 1 mm
				}
				experiment Eis on Cell { impedance from 1 MHz to 1 Hz }
				""");

		byte[] xmi = saveAsXmi(EcoreUtil.copy(parsed));
		Model loaded = loadXmi(xmi);

		assertTrue(EcoreUtil.equals(parsed, loaded), "the XMI copy differs from the parsed model");
		assertTrue(new String(xmi, StandardCharsets.UTF_8).contains(InterphasePackage.eNS_URI));
	}

	@Test
	void modelBuiltWithTheJavaApiIsWrittenAsTextAndReadBack() throws IOException {
		Model built = FACTORY.createModel();
		built.setName("org.example.api");
		Material li = FACTORY.createMaterial();
		li.setName("Li");
		li.setFormula("Li");
		Stack stack = FACTORY.createStack();
		stack.setName("LiLi");
		stack.setArea(quantity(0.5, "cm2"));
		Layer lithium = FACTORY.createLayer();
		lithium.setRole(LayerRole.LITHIUM);
		lithium.setMaterial(li);
		lithium.setThickness(quantity(200, "µm"));
		stack.getLayers().add(lithium);
		built.getElements().add(li);
		built.getElements().add(stack);

		XtextResource resource = (XtextResource) models.newResourceSet().createResource(URI.createURI("api.iph"));
		resource.getContents().add(built);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		resource.save(text, Map.of());
		Model reparsed = models.parseWellFormed(text.toString(StandardCharsets.UTF_8));

		assertTrue(EcoreUtil.equals(built, reparsed), () -> "text written was:\n" + text);
		Layer reread = ((Stack) reparsed.getElements().get(1)).getLayers().get(0);
		assertEquals("µm", reread.getThickness().getUnit());
	}

	private static Quantity quantity(double value, String unit) {
		Quantity quantity = FACTORY.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		return quantity;
	}

	private static byte[] saveAsXmi(EObject root) throws IOException {
		Resource xmi = xmiResourceSet().createResource(URI.createURI("model.xmi"));
		xmi.getContents().add(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xmi.save(out, Map.of());
		return out.toByteArray();
	}

	private static Model loadXmi(byte[] content) throws IOException {
		Resource xmi = xmiResourceSet().createResource(URI.createURI("model.xmi"));
		xmi.load(new ByteArrayInputStream(content), Map.of());
		return (Model) xmi.getContents().get(0);
	}

	/** A plain EMF resource set that knows nothing of Xtext, as an XMI-only tool would use. */
	private static ResourceSet xmiResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(InterphasePackage.eNS_URI, InterphasePackage.eINSTANCE);
		return resourceSet;
	}
}
