package org.sourcebench.diagram.layout;

/** Where a layout puts a node: top-left corner and size, in diagram coordinates. */
public record NodeBounds(int x, int y, int width, int height) {

	/** @return true if this and {@code other} share any area */
	public boolean intersects(NodeBounds other) {
		return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
	}

	/** @return these bounds moved by dx, dy */
	public NodeBounds translate(int dx, int dy) {
		return new NodeBounds(x + dx, y + dy, width, height);
	}
}
