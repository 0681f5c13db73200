package org.sourcebench.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Span;
import org.sourcebench.model.SourcebenchPackage.Literals;

/**
 * Splits an alias off an actor into an actor of its own ("Split Alias"), for when extraction lumped two
 * actors together: the new actor is named after the alias, has the same kind and country, follows the old
 * one in the dossier, and takes the mentions whose text is the alias (compared ignoring case and
 * surrounding or repeated spaces). Claims and relationships stay with the old actor: which of them belong
 * to the new one is the analyst's call. Undo restores exactly; redo brings back the same new actor (same id).
 */
public class SplitAliasCommand extends CompoundCommand {

	private final EditingDomain domain;
	private final Actor actor;
	private final String alias;
	private Actor newActor;

	/**
	 * @param actor the actor that has {@code alias}
	 * @param alias one of {@code actor}'s aliases
	 */
	public SplitAliasCommand(EditingDomain domain, Actor actor, String alias) {
		super(Messages.SplitAliasCommand_label, Messages.SplitAliasCommand_label);
		this.domain = domain;
		this.actor = actor;
		this.alias = alias;
	}

	@Override
	protected boolean prepare() {
		Dossier dossier = Dossiers.dossierOf(actor);
		return dossier != null && alias != null && actor.getAliases().contains(alias);
	}

	@Override
	public void execute() {
		Dossier dossier = Dossiers.dossierOf(actor);
		newActor = Dossiers.newActor(alias.strip(), actor.getKind());
		newActor.setCountry(actor.getCountry());
		appendAndExecute(new AddCommand(domain, dossier, Literals.DOSSIER__ACTORS, newActor, dossier.getActors().indexOf(actor) + 1));
		appendAndExecute(new RemoveCommand(domain, actor, Literals.ACTOR__ALIASES, List.of(alias)));
		List<Span> mentions = new ArrayList<>();
		for (Span span : actor.getMentions()) {
			if (span.getText() != null && normalise(span.getText()).equals(normalise(alias))) {
				mentions.add(span);
			}
		}
		if (!mentions.isEmpty()) {
			appendAndExecute(new RemoveCommand(domain, actor, Literals.ACTOR__MENTIONS, mentions));
			appendAndExecute(new AddCommand(domain, newActor, Literals.ACTOR__MENTIONS, mentions));
		}
	}

	private static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** @return the new actor, once executed */
	public Actor getNewActor() {
		return newActor;
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return newActor == null ? List.of() : List.of(newActor);
	}
}
