package org.interphase.dsl.ide.server;

import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Symbols (outline, Go to Symbol) are named as written, "PaaPeoSymmetric", not by the qualified name that links use
 * ("org.interphase.examples.paapeo.PaaPeoSymmetric"): the outline nests them under their package already.
 */
public class InterphaseSymbolNames extends DocumentSymbolNameProvider {

    @Override
    protected String getName(QualifiedName name) {
        return name == null ? null : name.getLastSegment();
    }
}
