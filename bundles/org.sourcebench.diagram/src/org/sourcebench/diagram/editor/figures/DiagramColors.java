package org.sourcebench.diagram.editor.figures;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.sourcebench.model.ActorKind;
import org.sourcebench.model.QuadClass;

/**
 * The diagram's palette. QuadClass colours follow the usual reading of CAMEO charts: greens for
 * cooperation (light for verbal, dark for material), orange for verbal conflict, red for material conflict;
 * each actor kind has its own hue so a chart reads at a glance. Colours made without a device need no
 * disposal (SWT 3.116+).
 */
public final class DiagramColors {

	/** Dark text. */
	public static final Color TEXT = new Color(new RGB(0x21, 0x25, 0x29));
	/** Secondary text. */
	public static final Color MUTED = new Color(new RGB(0x6c, 0x75, 0x7d));
	/** Node and label background. */
	public static final Color PAPER = new Color(new RGB(0xff, 0xff, 0xff));
	/** Legend background. */
	public static final Color LEGEND = new Color(new RGB(0xf8, 0xf9, 0xfa));
	/** Borders of neutral boxes. */
	public static final Color RULE = new Color(new RGB(0xce, 0xd4, 0xda));
	/** Selection and pinned marks. */
	public static final Color ACCENT = new Color(new RGB(0x0d, 0x6e, 0xfd));

	private static final Color VERBAL_COOPERATION = new Color(new RGB(0x52, 0xb7, 0x88));
	private static final Color MATERIAL_COOPERATION = new Color(new RGB(0x1b, 0x6b, 0x3a));
	private static final Color VERBAL_CONFLICT = new Color(new RGB(0xe8, 0x8a, 0x1a));
	private static final Color MATERIAL_CONFLICT = new Color(new RGB(0xc6, 0x28, 0x28));
	private static final Color UNCODED = new Color(new RGB(0x86, 0x8e, 0x96));

	private DiagramColors() {
	}

	/** @return the edge colour of a QuadClass (grey for none) */
	public static Color of(QuadClass quadClass) {
		if (quadClass == null) {
			return UNCODED;
		}
		return switch (quadClass) {
		case VERBAL_COOPERATION -> VERBAL_COOPERATION;
		case MATERIAL_COOPERATION -> MATERIAL_COOPERATION;
		case VERBAL_CONFLICT -> VERBAL_CONFLICT;
		case MATERIAL_CONFLICT -> MATERIAL_CONFLICT;
		};
	}

	/** @return the hue of an actor kind */
	public static RGB rgbOf(ActorKind kind) {
		if (kind == null) {
			return new RGB(0x6c, 0x75, 0x7d);
		}
		return switch (kind) {
		case PERSON -> new RGB(0x1f, 0x77, 0xb4);
		case STATE -> new RGB(0x1d, 0x35, 0x57);
		case GOVERNMENT -> new RGB(0x45, 0x5a, 0x64);
		case MILITARY -> new RGB(0x55, 0x6b, 0x2f);
		case ORGANISATION -> new RGB(0x6f, 0x42, 0xc1);
		case ARMED_GROUP -> new RGB(0x8b, 0x1e, 0x1e);
		case MEDIA -> new RGB(0x0f, 0x76, 0x6e);
		case COMPANY -> new RGB(0x8c, 0x56, 0x1a);
		case ALLIANCE -> new RGB(0x3f, 0x51, 0xb5);
		case OTHER -> new RGB(0x6c, 0x75, 0x7d);
		};
	}

	/** @return the colour of an actor kind */
	public static Color of(ActorKind kind) {
		return new Color(rgbOf(kind));
	}

	/** @return a light tint (for node fills) of an actor kind's hue */
	public static Color tintOf(ActorKind kind) {
		RGB rgb = rgbOf(kind);
		return new Color(new RGB(tint(rgb.red), tint(rgb.green), tint(rgb.blue)));
	}

	private static int tint(int channel) {
		return 255 - (255 - channel) * 12 / 100;
	}

	/** @return "#rrggbb" */
	public static String hex(Color color) {
		return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
	}
}
