package org.sourcebench.model.edit.commands;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Claim;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.SourcebenchPackage;

/** Rates a claim on the Admiralty credibility scale (1..6). */
public class SetCredibilityCommand extends SetFeatureCommand {

	/** Sets {@code claim}'s credibility to {@code credibility}. */
	public SetCredibilityCommand(EditingDomain domain, Claim claim, ClaimCredibility credibility) {
		super(domain, claim, SourcebenchPackage.Literals.CLAIM__CREDIBILITY, credibility, Messages.SetCredibilityCommand_label);
	}
}
