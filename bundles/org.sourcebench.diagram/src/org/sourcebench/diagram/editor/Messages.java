package org.sourcebench.diagram.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the diagram editor ({@code messages.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sourcebench.diagram.editor.messages";

	public static String OpenDiagram_Title;
	public static String OpenDiagram_Message;
	public static String OpenDiagram_None;
	public static String Palette_Tools;
	public static String Palette_Actors;
	public static String Palette_Relationships;
	public static String Palette_Relationship;
	public static String Palette_RelationshipDescription;
	public static String Palette_ActorDescription;
	public static String Kind_PERSON;
	public static String Kind_STATE;
	public static String Kind_GOVERNMENT;
	public static String Kind_MILITARY;
	public static String Kind_ORGANISATION;
	public static String Kind_ARMED_GROUP;
	public static String Kind_MEDIA;
	public static String Kind_COMPANY;
	public static String Kind_ALLIANCE;
	public static String Kind_OTHER;
	public static String Quad_VERBAL_COOPERATION;
	public static String Quad_MATERIAL_COOPERATION;
	public static String Quad_VERBAL_CONFLICT;
	public static String Quad_MATERIAL_CONFLICT;
	public static String Legend_Subtitle;
	public static String Legend_SubtitleHidden;
	public static String Action_ShowUnrelated;
	public static String Action_ShowUnrelated_Tooltip;
	public static String Export_PngTitle;
	public static String Export_SvgTitle;
	public static String Legend_Corroboration;
	public static String Cameo_Title;
	public static String Cameo_Message;
	public static String Action_LayoutLayered;
	public static String Action_LayoutForce;
	public static String Action_LayoutStress;
	public static String Job_Layout;
	public static String Job_LayoutTask;
	public static String Job_NewDiagram;
	public static String Action_Pin;
	public static String Action_Unpin;
	public static String Action_ExportPng;
	public static String Action_ExportSvg;
	public static String Action_Filter;
	public static String Action_AllQuadClasses;
	public static String Action_MinCorroboration;
	public static String Action_SizeBy;
	public static String Action_SizeByNone;
	public static String Action_SizeByDegree;
	public static String Action_SizeByBetweenness;
	public static String Action_SizeByEigenvector;
	public static String Action_ShowCluster;
	public static String Action_ShowAllClusters;
	public static String Export_Failed;
	public static String NoDossier_Title;
	public static String NoDossier_Message;
	public static String NoSources_Message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** @return the display name of an actor kind */
	public static String kind(org.sourcebench.model.ActorKind kind) {
		return switch (kind == null ? org.sourcebench.model.ActorKind.OTHER : kind) {
		case PERSON -> Kind_PERSON;
		case STATE -> Kind_STATE;
		case GOVERNMENT -> Kind_GOVERNMENT;
		case MILITARY -> Kind_MILITARY;
		case ORGANISATION -> Kind_ORGANISATION;
		case ARMED_GROUP -> Kind_ARMED_GROUP;
		case MEDIA -> Kind_MEDIA;
		case COMPANY -> Kind_COMPANY;
		case ALLIANCE -> Kind_ALLIANCE;
		case OTHER -> Kind_OTHER;
		};
	}

	/** @return the display name of a QuadClass */
	public static String quad(org.sourcebench.model.QuadClass quad) {
		return switch (quad) {
		case VERBAL_COOPERATION -> Quad_VERBAL_COOPERATION;
		case MATERIAL_COOPERATION -> Quad_MATERIAL_COOPERATION;
		case VERBAL_CONFLICT -> Quad_VERBAL_CONFLICT;
		case MATERIAL_CONFLICT -> Quad_MATERIAL_CONFLICT;
		};
	}
}
