package org.sourcebench.model.edit.commands;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.Source;
import org.sourcebench.model.SourcebenchPackage;

/** Rates a source on the Admiralty reliability scale (A..F). */
public class SetReliabilityCommand extends SetFeatureCommand {

	/** Sets {@code source}'s reliability to {@code reliability}. */
	public SetReliabilityCommand(EditingDomain domain, Source source, AdmiraltyReliability reliability) {
		super(domain, source, SourcebenchPackage.Literals.SOURCE__RELIABILITY, reliability, Messages.SetReliabilityCommand_label);
	}
}
