package org.sourcebench.ui.views.tables;

import java.util.List;

import org.sourcebench.analysis.graph.ActorGraph;
import org.sourcebench.analysis.graph.Centralities;
import org.sourcebench.analysis.graph.RelationshipFilter;
import org.sourcebench.model.Actor;
import org.sourcebench.model.Dossier;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * The dossier's actors: name, kind, country, mentions, sources, centralities; Merge Actors and Delete come from
 * plugin.xml (handlers and this view's context menu contributions).
 */
public class ActorsView extends ElementTableView {

	/** The view id in plugin.xml. */
	public static final String ID = org.sourcebench.ui.SourcebenchUi.ACTORS_VIEW_ID;

	private Centralities centralities;
	private org.eclipse.core.runtime.jobs.Job centralityJob;

	@Override
	protected List<ColumnSpec> columns() {
		return List.of(
				ColumnSpec.text(Messages.Column_name, 170, e -> ElementLabels.text(e))
						.withTooltip(e -> String.join(", ", ((Actor) e).getAliases())),
				ColumnSpec.text(Messages.Column_kind, 90, e -> ElementLabels.kind(((Actor) e).getKind())),
				ColumnSpec.text(Messages.Column_country, 70, e -> nullToEmpty(((Actor) e).getCountry())),
				ColumnSpec.number(Messages.Column_mentions, 80, e -> ((Actor) e).getMentions().size()),
				ColumnSpec.number(Messages.Column_sources, 70, e -> Evidence.distinctSources(((Actor) e).getMentions())),
				ColumnSpec.number(Messages.Column_degree, 60, e -> scores(e).degree()).withTooltip(e -> Messages.Tooltip_centrality),
				decimal(Messages.Column_betweenness, 85, e -> scores(e).betweenness()),
				decimal(Messages.Column_eigenvector, 85, e -> scores(e).eigenvector()),
				ColumnSpec.text(Messages.Column_aliases, 200, e -> String.join(", ", ((Actor) e).getAliases())));
	}

	private Centralities.Scores scores(Object actor) {
		return centralities == null ? Centralities.Scores.NONE : centralities.of((Actor) actor);
	}

	private static ColumnSpec decimal(String title, int width, java.util.function.ToDoubleFunction<Object> value) {
		return new ColumnSpec(title, width, e -> String.format(java.util.Locale.ROOT, "%.3f", value.applyAsDouble(e)),
				java.util.Comparator.comparingDouble(value), e -> Messages.Tooltip_centrality, null, null);
	}

	/**
	 * Refreshes the rows, and recomputes the centralities in the background (betweenness takes about a second for
	 * 1,000 actors / 5,000 relationships): the graph is read from the model here, on the display thread; only
	 * JGraphT's computation on that copy runs in the job, then the columns refresh.
	 */
	@Override
	protected void refresh() {
		Dossier dossier = shownDossier();
		if (centralityJob != null) {
			centralityJob.cancel();
		}
		if (dossier == null) {
			centralities = null;
		} else {
			ActorGraph graph = new ActorGraph(dossier, RelationshipFilter.ALL);
			org.eclipse.swt.widgets.Display display = getViewer().getControl().getDisplay();
			centralityJob = org.eclipse.core.runtime.jobs.Job.create(Messages.Column_betweenness, monitor -> {
				Centralities computed = new Centralities(graph);
				display.asyncExec(() -> {
					if (!isDisposed() && !monitor.isCanceled()) {
						centralities = computed;
						getViewer().refresh();
					}
				});
			});
			centralityJob.setSystem(true);
			centralityJob.schedule();
		}
		super.refresh();
	}

	@Override
	protected List<?> elements(Dossier dossier) {
		return dossier.getActors();
	}

	@Override
	protected String countLabel(int shown, int total) {
		return count(shown, total, Messages.Noun_actors);
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
