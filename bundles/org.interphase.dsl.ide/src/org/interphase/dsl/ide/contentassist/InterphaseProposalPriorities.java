package org.interphase.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

/**
 * Ranks what the user has typed first: the exact name, then names that start with it as typed, then those that start
 * with it in another case, then the rest (Xtext's matcher also accepts camel-case and qualified-name matches).
 * Xtext's own ranking lowers the exact match, so Enter on {@code LLZO} inserted {@code LLZO-Al-ALD-cubic}.
 */
public class InterphaseProposalPriorities extends IdeContentProposalPriorities {

	private static final int EXACT = 300;
	private static final int PREFIX = 200;
	private static final int PREFIX_IGNORING_CASE = 100;
	/** Punctuation ("{", "=") goes after words, as in Xtext's ranking. */
	private static final int NOT_A_WORD = 30;

	@Override
	protected int adjustPriority(ContentAssistEntry entry, int priority) {
		if (entry == null || entry.getProposal() == null || entry.getProposal().isEmpty()) {
			return priority;
		}
		String proposal = entry.getLabel() == null ? entry.getProposal() : entry.getLabel();
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		int adjusted = Character.isLetter(entry.getProposal().charAt(0)) ? priority : priority - NOT_A_WORD;
		if (prefix.isEmpty()) {
			return adjusted;
		}
		if (proposal.equals(prefix) || entry.getProposal().equals(prefix)) {
			return adjusted + EXACT;
		}
		if (proposal.startsWith(prefix)) {
			return adjusted + PREFIX;
		}
		if (proposal.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return adjusted + PREFIX_IGNORING_CASE;
		}
		return adjusted;
	}
}
