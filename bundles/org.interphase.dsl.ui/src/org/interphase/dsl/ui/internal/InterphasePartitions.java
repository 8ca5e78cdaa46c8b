package org.interphase.dsl.ui.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Comments and strings as partitions of their own, so that re-colouring after an edit can start lexing at any line
 * of the code partition without landing inside a multi-line comment or string.
 */
final class InterphasePartitions {

    static final String PARTITIONING = "__interphase_partitioning";
    static final String COMMENT = "__interphase_comment";
    static final String STRING = "__interphase_string";
    static final String[] CONTENT_TYPES = {IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING};

    private InterphasePartitions() {
    }

    static IDocumentPartitioner newPartitioner() {
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] {
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                new EndOfLineRule("//", comment),
                new MultiLineRule("\"", "\"", string, '\\', true),
                new MultiLineRule("'", "'", string, '\\', true)});
        return new FastPartitioner(scanner, new String[] {COMMENT, STRING});
    }
}
