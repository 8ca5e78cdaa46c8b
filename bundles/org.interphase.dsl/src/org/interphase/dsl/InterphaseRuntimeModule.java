package org.interphase.dsl;

import org.eclipse.xtext.documentation.impl.AbstractMultiLineCommentProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.interphase.dsl.parser.InterphaseSyntaxErrorMessageProvider;

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
}
