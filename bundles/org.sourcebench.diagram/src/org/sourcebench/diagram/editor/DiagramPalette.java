package org.sourcebench.diagram.editor;

import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.sourcebench.model.ActorKind;

/** The palette: selection and marquee, one creation tool per actor kind, and the relationship tool. */
final class DiagramPalette {

	private DiagramPalette() {
	}

	static PaletteRoot create() {
		PaletteRoot root = new PaletteRoot();
		PaletteGroup tools = new PaletteGroup(Messages.Palette_Tools);
		SelectionToolEntry selection = new SelectionToolEntry();
		tools.add(selection);
		tools.add(new MarqueeToolEntry());
		root.add(tools);
		root.setDefaultEntry(selection);

		PaletteDrawer relationships = new PaletteDrawer(Messages.Palette_Relationships);
		relationships.add(new ConnectionCreationToolEntry(Messages.Palette_Relationship, Messages.Palette_RelationshipDescription, null,
				KindIcons.relationship(), KindIcons.relationship()));
		root.add(relationships);

		PaletteDrawer actors = new PaletteDrawer(Messages.Palette_Actors);
		for (ActorKind kind : ActorKind.values()) {
			ImageDescriptor icon = KindIcons.of(kind);
			actors.add(new CreationToolEntry(Messages.kind(kind), Messages.Palette_ActorDescription, new KindFactory(kind), icon, icon));
		}
		root.add(actors);
		return root;
	}

	/** The "new object" of an actor creation request is the kind; the command makes the actor. */
	private record KindFactory(ActorKind kind) implements CreationFactory {
		@Override
		public Object getNewObject() {
			return kind;
		}

		@Override
		public Object getObjectType() {
			return ActorKind.class;
		}
	}
}
