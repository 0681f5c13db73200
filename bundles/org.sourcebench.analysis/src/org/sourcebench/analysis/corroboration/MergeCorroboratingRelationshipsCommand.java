package org.sourcebench.analysis.corroboration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Span;
import org.sourcebench.model.SourcebenchPackage.Literals;

/**
 * "Merge Corroborating Relationships": each group of relationships reporting one event becomes its survivor
 * with the evidence of all (so its corroboration counts every independent source); the stated date, when the
 * survivor has none, is the earliest stated date of the group. The others are deleted with every reference to
 * them (a diagram's connection, say). One command on the stack; undo restores the dossier exactly.
 */
public class MergeCorroboratingRelationshipsCommand extends CompoundCommand {

	/** The label on the Edit menu's Undo. */
	public static final String LABEL = "Merge Corroborating Relationships";

	private final EditingDomain domain;
	private final List<CorroborationGroup> groups;

	/** @param groups what to merge, as found by {@link CorroborationFinder} */
	public MergeCorroboratingRelationshipsCommand(EditingDomain domain, List<CorroborationGroup> groups) {
		super(LABEL, LABEL);
		this.domain = domain;
		this.groups = List.copyOf(groups);
	}

	@Override
	protected boolean prepare() {
		return !groups.isEmpty() && groups.stream().allMatch(g -> g.survivor().eContainer() != null
				&& g.merged().stream().allMatch(r -> r.eContainer() == g.survivor().eContainer()));
	}

	@Override
	public void execute() {
		List<Relationship> deleted = new ArrayList<>();
		for (CorroborationGroup group : groups) {
			Relationship survivor = group.survivor();
			java.time.LocalDate stated = survivor.getDate();
			for (Relationship other : group.merged()) {
				List<Span> evidence = new ArrayList<>(other.getEvidence());
				if (!evidence.isEmpty()) {
					appendAndExecute(new RemoveCommand(domain, other, Literals.RELATIONSHIP__EVIDENCE, evidence));
					appendAndExecute(new AddCommand(domain, survivor, Literals.RELATIONSHIP__EVIDENCE, evidence));
				}
				if (survivor.getDate() == null && other.getDate() != null && (stated == null || other.getDate().isBefore(stated))) {
					stated = other.getDate();
				}
				deleted.add(other);
			}
			if (survivor.getDate() == null && stated != null) {
				appendAndExecute(new SetCommand(domain, survivor, Literals.RELATIONSHIP__DATE, stated));
			}
		}
		appendAndExecute(DeleteCommand.create(domain, deleted));
	}

	/** @return the survivors */
	@Override
	public Collection<?> getAffectedObjects() {
		return groups.stream().map(CorroborationGroup::survivor).toList();
	}
}
