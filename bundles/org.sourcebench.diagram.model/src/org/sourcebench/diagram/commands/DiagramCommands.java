package org.sourcebench.diagram.commands;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.sourcebench.diagram.layout.LayoutService;
import org.sourcebench.diagram.layout.NodeBounds;
import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationFactory;
import org.sourcebench.diagram.notation.NotationPackage;
import org.sourcebench.diagram.sync.DiagramContents;
import org.sourcebench.model.Actor;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.Dossier;
import org.sourcebench.model.Dossiers;
import org.sourcebench.model.Relationship;
import org.sourcebench.model.Source;
import org.sourcebench.model.Span;
import org.sourcebench.model.SourcebenchPackage;
import org.sourcebench.model.cameo.CameoEvent;
import org.sourcebench.model.edit.commands.CreateElementCommand;
import org.sourcebench.model.edit.commands.SetFeatureCommand;

/**
 * The diagram's user actions as EMF commands, for the dossier's one command stack.
 */
public final class DiagramCommands {

	private DiagramCommands() {
	}

	/**
	 * Builds a new diagram of {@code sources} (all of the dossier when empty), laid out, and the command that
	 * adds it to the dossier. Every actor mentioned in the sources gets a node, as do both ends of every
	 * relationship evidenced there.
	 */
	public static Command newDiagram(EditingDomain domain, Dossier dossier, Collection<Source> sources, LayoutService layout) {
		Diagram diagram = Dossiers.withId(NotationFactory.eINSTANCE.createDiagram());
		diagram.getSources().addAll(sources);
		diagram.setName(uniqueName(dossier, MessageFormat.format(Messages.DefaultDiagramName, sources.isEmpty() ? nameOf(dossier)
				: sources.size() == 1 ? titleOf(sources.iterator().next()) : sources.size() + " sources")));
		for (Actor actor : dossier.getActors()) {
			if (mentionedIn(actor, sources)) {
				Node node = Dossiers.withId(NotationFactory.eINSTANCE.createNode());
				node.setActor(actor);
				diagram.getNodes().add(node);
			}
		}
		DiagramContents contents = DiagramContents.of(diagram, dossier);
		// A link chart (stress) reads best; big charts get the grid force layout (ElkLayoutService.LARGE).
		LayoutService.Style style = LayoutService.Style.STRESS;
		Map<Actor, NodeBounds> bounds = new java.util.LinkedHashMap<>(ApplyLayoutCommand.compute(contents, layout, style));
		placeUnrelated(diagram, bounds);
		diagram.getNodes().clear();
		bounds.forEach((actor, b) -> {
			Node node = Dossiers.withId(NotationFactory.eINSTANCE.createNode());
			node.setActor(actor);
			node.setX(b.x());
			node.setY(b.y());
			node.setWidth(b.width());
			node.setHeight(b.height());
			diagram.getNodes().add(node);
		});
		AddCommand add = new AddCommand(domain, dossier, SourcebenchPackage.Literals.DOSSIER__DIAGRAMS, diagram);
		add.setLabel(Messages.CreateDiagramCommand_label);
		add.setDescription(Messages.CreateDiagramCommand_label);
		return add;
	}

	/** Actors per column of the block of unrelated actors. */
	private static final int UNRELATED_PER_COLUMN = 8;

	/**
	 * Gives the actors placed on {@code diagram} that the layout left out (hidden: they take part in no
	 * relationship shown) places in a block of columns right of the chart, so that "Show Unrelated Actors"
	 * finds them tidy and off the chart, and the chart itself has no holes where they would have been.
	 */
	private static void placeUnrelated(Diagram diagram, Map<Actor, NodeBounds> bounds) {
		int right = 0;
		int top = Integer.MAX_VALUE;
		for (NodeBounds b : bounds.values()) {
			right = Math.max(right, b.x() + b.width());
			top = Math.min(top, b.y());
		}
		int x = bounds.isEmpty() ? 20 : right + 120;
		int y0 = top == Integer.MAX_VALUE ? 20 : top;
		int row = 0;
		int columnWidth = 0;
		for (Node node : diagram.getNodes()) {
			Actor actor = node.getActor();
			if (bounds.containsKey(actor)) {
				continue;
			}
			int width = DiagramContents.preferredWidth(actor);
			bounds.put(actor, new NodeBounds(x, y0 + row * (DiagramContents.DEFAULT_HEIGHT + 30), width, DiagramContents.DEFAULT_HEIGHT));
			columnWidth = Math.max(columnWidth, width);
			if (++row == UNRELATED_PER_COLUMN) {
				row = 0;
				x += columnWidth + 40;
				columnWidth = 0;
			}
		}
	}

	private static boolean mentionedIn(Actor actor, Collection<Source> sources) {
		if (sources.isEmpty()) {
			return true;
		}
		for (Span span : actor.getMentions()) {
			if (sources.contains(span.getSource())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return {@code name}, or "{@code name} (2)", "(3)"... when the dossier already has a diagram of that name,
	 *         so that the diagrams listed in the navigator can be told apart
	 */
	static String uniqueName(Dossier dossier, String name) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (org.eclipse.emf.ecore.EObject existing : dossier.getDiagrams()) {
			if (existing instanceof Diagram other && other.getName() != null) {
				taken.add(other.getName());
			}
		}
		String unique = name;
		for (int n = 2; taken.contains(unique); n++) {
			unique = name + " (" + n + ")";
		}
		return unique;
	}

	private static String nameOf(Dossier dossier) {
		return dossier.getName() == null || dossier.getName().isBlank() ? "dossier" : dossier.getName();
	}

	private static String titleOf(Source source) {
		String title = source.getTitle() == null || source.getTitle().isBlank() ? source.getOriginalFileName() : source.getTitle();
		return title == null ? "source" : title;
	}

	/** Creates an actor in the dossier and places it on the diagram ("Create Actor"). */
	public static Command createActor(EditingDomain domain, Diagram diagram, String name, ActorKind kind, int x, int y) {
		Dossier dossier = DiagramContents.dossierOf(diagram);
		Actor actor = Dossiers.newActor(name == null ? Messages.NewActorName : name, kind);
		CompoundCommand command = new CompoundCommand(Messages.CreateActorOnDiagramCommand_label, Messages.CreateActorOnDiagramCommand_label) {
			@Override
			public java.util.Collection<?> getAffectedObjects() {
				return List.of(actor);
			}
		};
		command.append(new CreateElementCommand(domain, dossier, actor));
		command.append(new PlaceNodeCommand(domain, diagram, actor,
				new NodeBounds(x, y, DiagramContents.preferredWidth(actor), DiagramContents.DEFAULT_HEIGHT), null,
				Messages.CreateActorOnDiagramCommand_label));
		return command;
	}

	/**
	 * Creates a relationship between two actors, coded with {@code event} ("Create Relationship"); its label
	 * and QuadClass follow from the code. It has no evidence until the analyst links some.
	 */
	public static Command createRelationship(EditingDomain domain, Dossier dossier, Actor from, Actor to, CameoEvent event) {
		Relationship relationship = Dossiers.newRelationship(from, to, event.code());
		CreateElementCommand create = new CreateElementCommand(domain, dossier, relationship);
		create.setLabel(Messages.CreateRelationshipCommand_label);
		create.setDescription(Messages.CreateRelationshipCommand_label);
		return create;
	}

	/** Sets one filter feature of the diagram (sources, QuadClasses, minimum corroboration). */
	public static Command setFilter(EditingDomain domain, Diagram diagram, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		if (feature.getEContainingClass() != NotationPackage.Literals.DIAGRAM) {
			throw new IllegalArgumentException(feature.getName());
		}
		return new SetFeatureCommand(domain, diagram, feature, value, Messages.SetDiagramFilterCommand_label);
	}
}
