package org.interphase.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.impl.AbstractMultiLineCommentProvider;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.interphase.dsl.conversion.InterphaseValueConverters;
import org.interphase.dsl.formatting2.InterphaseFormatter;
import org.interphase.dsl.parser.InterphaseSyntaxErrorMessageProvider;
import org.interphase.dsl.parser.NestingLimitedParser;
import org.interphase.dsl.scoping.CachingLocalScopeProvider;
import org.interphase.dsl.scoping.InterphaseGlobalScopeProvider;
import org.interphase.dsl.serializer.NestingLimitedSerializer;
import org.interphase.dsl.validation.InterphaseLinkingDiagnostics;
import org.interphase.dsl.validation.OneLineDiagnostics;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime services of the Interphase language, used with and without the Equinox extension registry.
 */
public class InterphaseRuntimeModule extends AbstractInterphaseRuntimeModule {

	/**
	 * Only comments that open with two asterisks, as in Javadoc, document the element that follows them; Xtext's
	 * default also counts plain block comments, which users write to comment things out.
	 */
	public void configureDocumentationCommentStart(Binder binder) {
		binder.bind(String.class).annotatedWith(Names.named(AbstractMultiLineCommentProvider.START_TAG))
				.toInstance("/\\*\\*");
	}

	/** Explains the mistakes ANTLR's generic messages leave puzzling, such as "x150" for a repeat count. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return InterphaseSyntaxErrorMessageProvider.class;
	}

	/** Makes the built-in library's materials visible in every file without an import. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return InterphaseGlobalScopeProvider.class;
	}

	/** Gives unresolved recipe references an issue code that a quick fix can use. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return InterphaseLinkingDiagnostics.class;
	}

	/** Two-space blocks, single spaces between tokens, comments kept; see the class comment for the layout rules. */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return InterphaseFormatter.class;
	}

	/** Writes numbers as "250" and "1.6e-4" when a model is serialised, not as Java's "250.0" and "1.6E-4". */
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return InterphaseValueConverters.class;
	}

	/** Links in time linear in the number of unresolved names; see the class comment. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return InterphaseResource.class;
	}

	/** Reports blocks nested too deep instead of overflowing the stack. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return NestingLimitedParser.class;
	}

	/** Refuses models nested too deep instead of overflowing the stack. */
	@Override
	public Class<? extends ISerializer> bindISerializer() {
		return NestingLimitedSerializer.class;
	}

	/** Keeps every message on one line, whatever characters of the file it quotes. */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return OneLineDiagnostics.class;
	}

	/** Fragments in time independent of an object's position in its list; see the class comment. */
	@Override
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return IndexedFragmentProvider.class;
	}

	/** Local scopes shared by the references below one named element; see the class comment. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(CachingLocalScopeProvider.class);
	}
}
