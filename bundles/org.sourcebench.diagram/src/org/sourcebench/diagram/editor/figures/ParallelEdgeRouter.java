package org.sourcebench.diagram.editor.figures;

import java.util.List;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.Bendpoint;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Routes relationship edges: through the analyst's bendpoints when it has some; otherwise straight, except
 * that parallel edges between the same two actors bow apart (one bend at the middle, offset sideways by
 * {@link RelationshipFigure#getFanOffset()}) so that neither lines nor labels cover each other, and an edge from an actor to itself loops above it.
 */
public class ParallelEdgeRouter extends AbstractRouter {

	@Override
	public void route(Connection connection) {
		PointList points = connection.getPoints();
		points.removeAllPoints();
		Object constraint = getConstraint(connection);
		List<?> bendpoints = constraint instanceof List<?> list ? list : List.of();
		if (connection.getSourceAnchor().getOwner() != null && connection.getSourceAnchor().getOwner() == connection.getTargetAnchor().getOwner()) {
			routeLoop(connection, points);
			connection.setPoints(points);
			return;
		}
		Point middle = null;
		if (bendpoints.isEmpty() && connection instanceof RelationshipFigure figure && figure.getFanOffset() != 0) {
			Point a = connection.getSourceAnchor().getReferencePoint();
			Point b = connection.getTargetAnchor().getReferencePoint();
			double dx = b.x - a.x;
			double dy = b.y - a.y;
			double length = Math.max(1, Math.hypot(dx, dy));
			double offset = figure.getFanOffset();
			Point mid = new Point((a.x + b.x) / 2, (a.y + b.y) / 2);
			connection.translateToRelative(mid);
			Point m = new Point(mid.x + (int) Math.round(-dy / length * offset), mid.y + (int) Math.round(dx / length * offset));
			if (offset != 0) {
				middle = m;
			}
		}
		Point firstRef = bendpoints.isEmpty() ? (middle != null ? absolute(connection, middle) : connection.getTargetAnchor().getReferencePoint())
				: absolute(connection, ((Bendpoint) bendpoints.get(0)).getLocation());
		Point lastRef = bendpoints.isEmpty() ? (middle != null ? absolute(connection, middle) : connection.getSourceAnchor().getReferencePoint())
				: absolute(connection, ((Bendpoint) bendpoints.get(bendpoints.size() - 1)).getLocation());
		Point start = connection.getSourceAnchor().getLocation(firstRef).getCopy();
		connection.translateToRelative(start);
		points.addPoint(start);
		for (Object bendpoint : bendpoints) {
			points.addPoint(((Bendpoint) bendpoint).getLocation());
		}
		if (middle != null) {
			points.addPoint(middle);
		}
		Point end = connection.getTargetAnchor().getLocation(lastRef).getCopy();
		connection.translateToRelative(end);
		points.addPoint(end);
		connection.setPoints(points);
	}

	private static Point absolute(Connection connection, Point relative) {
		Point p = relative.getCopy();
		connection.translateToAbsolute(p);
		return p;
	}

	private static void routeLoop(Connection connection, PointList points) {
		Rectangle box = connection.getSourceAnchor().getOwner().getBounds().getCopy();
		int lift = 30 + (connection instanceof RelationshipFigure figure ? (int) Math.abs(figure.getFanOffset()) / 2 : 0);
		points.addPoint(box.x + box.width * 2 / 3, box.y);
		points.addPoint(box.x + box.width * 2 / 3, box.y - lift);
		points.addPoint(box.x + box.width / 3, box.y - lift);
		points.addPoint(box.x + box.width / 3, box.y);
	}

	@Override
	public Object getConstraint(Connection connection) {
		return constraints.get(connection);
	}

	@Override
	public void setConstraint(Connection connection, Object constraint) {
		constraints.put(connection, constraint);
	}

	@Override
	public void remove(Connection connection) {
		constraints.remove(connection);
	}

	private final java.util.Map<Connection, Object> constraints = new java.util.HashMap<>();
}
