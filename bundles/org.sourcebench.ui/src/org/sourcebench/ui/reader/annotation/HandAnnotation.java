package org.sourcebench.ui.reader.annotation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Location;
import org.sourcebench.model.LocationKind;
import org.sourcebench.model.Span;
import org.sourcebench.model.cameo.CameoTable;
import org.sourcebench.model.edit.commands.AddRelationshipCommand;
import org.sourcebench.model.edit.commands.MarkClaimCommand;
import org.sourcebench.model.edit.commands.MarkMentionCommand;
import org.sourcebench.model.edit.commands.RemoveMentionCommand;
import org.sourcebench.ui.editor.DossierContext;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;
import org.sourcebench.ui.reader.HighlightedSpan;
import org.sourcebench.ui.reader.SourceReader;
import org.sourcebench.ui.reader.SpanCategory;

/**
 * Hand annotation in the reader, as i2 and Maltego users expect it: the selected text becomes an actor's or a
 * location's mention, a claim or a relationship's evidence, or a wrong mention is removed. Each action asks
 * what it needs in a small dialog and then runs one command on the dossier's stack (one undo step); the
 * reader, tables and diagrams follow through the model's notifications.
 */
public final class HandAnnotation {

	/** The kinds of hand annotation, one command each. */
	public enum Kind {
		ACTOR, LOCATION, CLAIM, RELATIONSHIP, REMOVE_MENTION
	}

	private final DossierContext context;
	private final SourceReader reader;

	public HandAnnotation(DossierContext context, SourceReader reader) {
		this.context = context;
		this.reader = reader;
	}

	/** @return whether {@code kind} can run on the reader's current selection */
	public boolean canRun(Kind kind) {
		if (context.getEditingDomain() == null) {
			return false;
		}
		return kind == Kind.REMOVE_MENTION ? !mentionsAtSelection().isEmpty() : reader.selectedSpan() != null;
	}

	/** Asks for the details of {@code kind} and runs its command; does nothing when cancelled or not applicable. */
	public void run(Kind kind, Shell shell) {
		if (!canRun(kind)) {
			return;
		}
		Command command = switch (kind) {
			case ACTOR -> markActor(shell);
			case LOCATION -> markLocation(shell);
			case CLAIM -> markClaim(shell);
			case RELATIONSHIP -> addRelationship(shell);
			case REMOVE_MENTION -> new RemoveMentionCommand(domain(), mentionsAtSelection());
		};
		if (command != null && command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private Command markActor(Shell shell) {
		Span span = reader.selectedSpan();
		MarkElementDialog<Actor, ActorKind> dialog = new MarkElementDialog<>(shell, Messages.Annotate_actorTitle, span.getText(),
				dossier().getActors(), ElementLabels::name, ActorKind.VALUES, k -> ElementLabels.humanise(k.getName()), ActorKind.PERSON);
		if (dialog.open() != Window.OK) {
			return null;
		}
		Actor actor = dialog.chosen() != null ? dialog.chosen() : Dossiers.newActor(dialog.name(), dialog.kind());
		return MarkMentionCommand.actor(domain(), dossier(), actor, span);
	}

	private Command markLocation(Shell shell) {
		Span span = reader.selectedSpan();
		MarkElementDialog<Location, LocationKind> dialog = new MarkElementDialog<>(shell, Messages.Annotate_locationTitle,
				span.getText(), dossier().getLocations(), l -> l.getName() == null ? "" : l.getName(), LocationKind.VALUES,
				k -> ElementLabels.humanise(k.getName()), LocationKind.VALUES.get(0));
		if (dialog.open() != Window.OK) {
			return null;
		}
		Location location = dialog.chosen() != null ? dialog.chosen() : Dossiers.newLocation(dialog.name(), dialog.kind());
		return MarkMentionCommand.location(domain(), dossier(), location, span);
	}

	private Command markClaim(Shell shell) {
		Span span = reader.selectedSpan();
		List<Actor> actors = actorsByName();
		MarkClaimDialog dialog = new MarkClaimDialog(shell, span.getText(), actors, nearestActorBefore(span));
		if (dialog.open() != Window.OK) {
			return null;
		}
		return new MarkClaimCommand(domain(), dossier(), dialog.speaker(), span, dialog.direct());
	}

	private Command addRelationship(Shell shell) {
		Span span = reader.selectedSpan();
		List<Actor> actors = actorsByName();
		List<Actor> inside = reader.getIndex().all().stream()
				.filter(s -> s.category() == SpanCategory.ACTOR && s.span().getBegin() >= span.getBegin()
						&& s.span().getEnd() <= span.getEnd())
				.map(s -> (Actor) s.owner()).distinct().toList();
		Actor from = inside.isEmpty() ? null : inside.get(0);
		Actor to = inside.size() < 2 ? null : inside.get(1);
		AddRelationshipDialog dialog = new AddRelationshipDialog(shell, span.getText(), actors, from, to,
				List.copyOf(CameoTable.getDefault().events()));
		if (dialog.open() != Window.OK) {
			return null;
		}
		return new AddRelationshipCommand(domain(), dossier(), dialog.from(), dialog.to(), dialog.event(), span);
	}

	/** @return the actor and location mentions the selection (or the caret) touches */
	public List<Span> mentionsAtSelection() {
		org.eclipse.swt.graphics.Point selection = reader.getTextWidget().getSelection();
		int begin = selection.x;
		int end = Math.max(selection.y, selection.x + 1);
		return reader.getIndex().all().stream()
				.filter(s -> s.category() == SpanCategory.ACTOR || s.category() == SpanCategory.LOCATION)
				.filter(s -> s.span().getBegin() < end && begin < s.span().getEnd())
				.map(HighlightedSpan::span).distinct().toList();
	}

	private Actor nearestActorBefore(Span span) {
		// The speaker is usually named in or just before the quote ("X said ...").
		return reader.getIndex().all().stream().filter(s -> s.category() == SpanCategory.ACTOR)
				.filter(s -> s.span().getBegin() < span.getEnd())
				.max(Comparator.comparingInt(s -> s.span().getBegin()))
				.map(s -> (Actor) s.owner()).orElse(null);
	}

	private List<Actor> actorsByName() {
		return dossier().getActors().stream().sorted(Comparator.comparing(a -> ElementLabels.name(a).toLowerCase(Locale.ROOT))).toList();
	}

	private Dossier dossier() {
		return context.getDossier();
	}

	private EditingDomain domain() {
		return context.getEditingDomain();
	}
}
