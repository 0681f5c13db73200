package org.sourcebench.ui.handlers;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.model.Actor;
import org.sourcebench.model.edit.commands.MergeActorsCommand;
import org.sourcebench.ui.internal.Messages;

/**
 * Merge Actors: merges the selected actors into one. The survivor is the actor with the most mentions (the
 * first selected on a tie), since that is usually the name the sources use; the others become its aliases.
 */
public class MergeActorsHandler extends SelectionCommandHandler {

	@Override
	protected Command createCommand(EditingDomain domain, List<?> selected) {
		List<Actor> actors = selected.stream().filter(Actor.class::isInstance).map(Actor.class::cast).toList();
		if (actors.size() < 2 || actors.size() != selected.size()) {
			return null;
		}
		Actor survivor = survivorOf(actors);
		if (actors.size() == 2) {
			return new MergeActorsCommand(domain, survivor, actors.get(actors.get(0) == survivor ? 1 : 0));
		}
		CompoundCommand all = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, Messages.Action_mergeActorsCommand);
		for (Actor actor : actors) {
			if (actor != survivor) {
				all.append(new MergeActorsCommand(domain, survivor, actor));
			}
		}
		return all;
	}

	/** @return the actor the others are merged into */
	public static Actor survivorOf(List<Actor> actors) {
		return actors.stream().max(Comparator.comparingInt((Actor a) -> a.getMentions().size())
				.thenComparingInt(a -> -actors.indexOf(a))).orElseThrow();
	}
}
