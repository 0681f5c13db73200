package org.sourcebench.model.edit.commands;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Span;

/** Hand annotation: the selected text becomes a claim of {@code speaker}, the selection its evidence. */
public class MarkClaimCommand extends CreateElementCommand {

	/**
	 * @param speaker     who said it (an actor of the dossier), or null when unknown
	 * @param directQuote whether the text is a direct quotation
	 */
	public MarkClaimCommand(EditingDomain domain, Dossier dossier, Actor speaker, Span evidence, boolean directQuote) {
		super(domain, dossier, claim(speaker, evidence, directQuote));
		setLabel(Messages.MarkClaimCommand_label);
		setDescription(Messages.MarkClaimCommand_label);
	}

	private static Claim claim(Actor speaker, Span evidence, boolean directQuote) {
		Claim claim = Dossiers.newClaim(speaker, evidence.getText());
		claim.setEvidence(evidence);
		claim.setDirectQuote(directQuote);
		return claim;
	}

	/** @return the new claim */
	public Claim getClaim() {
		return (Claim) collection.iterator().next();
	}
}
