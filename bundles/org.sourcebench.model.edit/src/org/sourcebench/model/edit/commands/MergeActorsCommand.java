package org.sourcebench.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Claim;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Span;
import org.sourcebench.model.SourcebenchPackage.Literals;

/**
 * Merges one actor into another ("Merge Actors"): the survivor takes over the merged actor's mentions, the
 * claims it spoke or is about, the relationships it is an end of, its canonical name and aliases (as
 * aliases), and its country and external id where the survivor has none. Then the merged actor is deleted,
 * together with any reference left to it (from a diagram, say).
 *
 * <p>The merge is a sequence of EMF's primitive commands, built when it executes (so it sees the dossier as
 * it is then) and undone in reverse: undo restores the dossier exactly, including list positions and the
 * merged actor with its id. A relationship between the two actors becomes one from the survivor to itself;
 * validation does not forbid that, the analyst decides.
 */
public class MergeActorsCommand extends CompoundCommand {

	private final EditingDomain domain;
	private final Actor survivor;
	private final Actor merged;

	/**
	 * @param survivor the actor that remains
	 * @param merged   the actor that is merged into {@code survivor} and removed
	 */
	public MergeActorsCommand(EditingDomain domain, Actor survivor, Actor merged) {
		super(Messages.MergeActorsCommand_label, Messages.MergeActorsCommand_label);
		this.domain = domain;
		this.survivor = survivor;
		this.merged = merged;
	}

	@Override
	protected boolean prepare() {
		Dossier dossier = Dossiers.dossierOf(survivor);
		return survivor != null && merged != null && survivor != merged && dossier != null && dossier.getActors().contains(survivor)
				&& dossier.getActors().contains(merged);
	}

	@Override
	public void execute() {
		Dossier dossier = Dossiers.dossierOf(survivor);
		moveNames();
		fillIn(Literals.ACTOR__COUNTRY, survivor.getCountry(), merged.getCountry());
		fillIn(Literals.ACTOR__EXTERNAL_ID, survivor.getExternalId(), merged.getExternalId());

		List<Span> mentions = new ArrayList<>(merged.getMentions());
		if (!mentions.isEmpty()) {
			appendAndExecute(new RemoveCommand(domain, merged, Literals.ACTOR__MENTIONS, mentions));
			appendAndExecute(new AddCommand(domain, survivor, Literals.ACTOR__MENTIONS, mentions));
		}
		for (Claim claim : dossier.getClaims()) {
			if (claim.getSpeaker() == merged) {
				appendAndExecute(new SetCommand(domain, claim, Literals.CLAIM__SPEAKER, survivor));
			}
			int index = claim.getAboutActors().indexOf(merged);
			if (index >= 0) {
				appendAndExecute(claim.getAboutActors().contains(survivor)
						? new RemoveCommand(domain, claim, Literals.CLAIM__ABOUT_ACTORS, merged)
						: new SetCommand(domain, claim, Literals.CLAIM__ABOUT_ACTORS, survivor, index));
			}
		}
		for (Relationship relationship : dossier.getRelationships()) {
			if (relationship.getFrom() == merged) {
				appendAndExecute(new SetCommand(domain, relationship, Literals.RELATIONSHIP__FROM, survivor));
			}
			if (relationship.getTo() == merged) {
				appendAndExecute(new SetCommand(domain, relationship, Literals.RELATIONSHIP__TO, survivor));
			}
		}
		appendAndExecute(new DeleteCommand(domain, List.of(merged)));
	}

	private void moveNames() {
		List<String> names = new ArrayList<>();
		names.add(merged.getCanonicalName());
		names.addAll(merged.getAliases());
		List<String> added = new ArrayList<>();
		for (String name : names) {
			if (name != null && !name.isBlank() && !same(name, survivor.getCanonicalName()) && !containsName(survivor.getAliases(), name)
					&& !containsName(added, name)) {
				added.add(name);
			}
		}
		if (!added.isEmpty()) {
			appendAndExecute(new AddCommand(domain, survivor, Literals.ACTOR__ALIASES, added));
		}
	}

	private void fillIn(org.eclipse.emf.ecore.EAttribute attribute, String survivorValue, String mergedValue) {
		if ((survivorValue == null || survivorValue.isBlank()) && mergedValue != null && !mergedValue.isBlank()) {
			appendAndExecute(new SetCommand(domain, survivor, attribute, mergedValue));
		}
	}

	private static boolean containsName(List<String> names, String name) {
		return names.stream().anyMatch(existing -> same(existing, name));
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	/** @return the survivor */
	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(survivor);
	}

	/** @return the actor that remains */
	public Actor getSurvivor() {
		return survivor;
	}

	/** @return the actor that is merged away */
	public Actor getMerged() {
		return merged;
	}
}
