/**
 * Sourcebench - generated from model/notation.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.diagram.notation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sourcebench.diagram.notation.Diagram;
import org.sourcebench.diagram.notation.Edge;
import org.sourcebench.diagram.notation.Node;
import org.sourcebench.diagram.notation.NotationPackage;

import org.sourcebench.model.QuadClass;
import org.sourcebench.model.Source;

import org.sourcebench.model.impl.IdentifiedElementImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getQuadClasses <em>Quad Classes</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getMinCorroboration <em>Min Corroboration</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#isShowUnrelatedActors <em>Show Unrelated Actors</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.sourcebench.diagram.notation.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends IdentifiedElementImpl implements Diagram
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getQuadClasses() <em>Quad Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuadClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<QuadClass> quadClasses;

	/**
	 * The default value of the '{@link #getMinCorroboration() <em>Min Corroboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCorroboration()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_CORROBORATION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMinCorroboration() <em>Min Corroboration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCorroboration()
	 * @generated
	 * @ordered
	 */
	protected int minCorroboration = MIN_CORROBORATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isShowUnrelatedActors() <em>Show Unrelated Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowUnrelatedActors()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOW_UNRELATED_ACTORS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShowUnrelatedActors() <em>Show Unrelated Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowUnrelatedActors()
	 * @generated
	 * @ordered
	 */
	protected boolean showUnrelatedActors = SHOW_UNRELATED_ACTORS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<Edge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return NotationPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources()
	{
		if (sources == null)
		{
			sources = new EObjectResolvingEList<Source>(Source.class, this, NotationPackage.DIAGRAM__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuadClass> getQuadClasses()
	{
		if (quadClasses == null)
		{
			quadClasses = new EDataTypeUniqueEList<QuadClass>(QuadClass.class, this, NotationPackage.DIAGRAM__QUAD_CLASSES);
		}
		return quadClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinCorroboration()
	{
		return minCorroboration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCorroboration(int newMinCorroboration)
	{
		int oldMinCorroboration = minCorroboration;
		minCorroboration = newMinCorroboration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__MIN_CORROBORATION, oldMinCorroboration, minCorroboration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShowUnrelatedActors()
	{
		return showUnrelatedActors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShowUnrelatedActors(boolean newShowUnrelatedActors)
	{
		boolean oldShowUnrelatedActors = showUnrelatedActors;
		showUnrelatedActors = newShowUnrelatedActors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__SHOW_UNRELATED_ACTORS, oldShowUnrelatedActors, showUnrelatedActors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes()
	{
		if (nodes == null)
		{
			nodes = new EObjectContainmentEList<Node>(Node.class, this, NotationPackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Edge> getEdges()
	{
		if (edges == null)
		{
			edges = new EObjectContainmentEList<Edge>(Edge.class, this, NotationPackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case NotationPackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case NotationPackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case NotationPackage.DIAGRAM__NAME:
				return getName();
			case NotationPackage.DIAGRAM__SOURCES:
				return getSources();
			case NotationPackage.DIAGRAM__QUAD_CLASSES:
				return getQuadClasses();
			case NotationPackage.DIAGRAM__MIN_CORROBORATION:
				return getMinCorroboration();
			case NotationPackage.DIAGRAM__SHOW_UNRELATED_ACTORS:
				return isShowUnrelatedActors();
			case NotationPackage.DIAGRAM__NODES:
				return getNodes();
			case NotationPackage.DIAGRAM__EDGES:
				return getEdges();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case NotationPackage.DIAGRAM__NAME:
				setName((String)newValue);
				return;
			case NotationPackage.DIAGRAM__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case NotationPackage.DIAGRAM__QUAD_CLASSES:
				getQuadClasses().clear();
				getQuadClasses().addAll((Collection<? extends QuadClass>)newValue);
				return;
			case NotationPackage.DIAGRAM__MIN_CORROBORATION:
				setMinCorroboration((Integer)newValue);
				return;
			case NotationPackage.DIAGRAM__SHOW_UNRELATED_ACTORS:
				setShowUnrelatedActors((Boolean)newValue);
				return;
			case NotationPackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case NotationPackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends Edge>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case NotationPackage.DIAGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__SOURCES:
				getSources().clear();
				return;
			case NotationPackage.DIAGRAM__QUAD_CLASSES:
				getQuadClasses().clear();
				return;
			case NotationPackage.DIAGRAM__MIN_CORROBORATION:
				setMinCorroboration(MIN_CORROBORATION_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__SHOW_UNRELATED_ACTORS:
				setShowUnrelatedActors(SHOW_UNRELATED_ACTORS_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case NotationPackage.DIAGRAM__EDGES:
				getEdges().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case NotationPackage.DIAGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NotationPackage.DIAGRAM__SOURCES:
				return sources != null && !sources.isEmpty();
			case NotationPackage.DIAGRAM__QUAD_CLASSES:
				return quadClasses != null && !quadClasses.isEmpty();
			case NotationPackage.DIAGRAM__MIN_CORROBORATION:
				return minCorroboration != MIN_CORROBORATION_EDEFAULT;
			case NotationPackage.DIAGRAM__SHOW_UNRELATED_ACTORS:
				return showUnrelatedActors != SHOW_UNRELATED_ACTORS_EDEFAULT;
			case NotationPackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case NotationPackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", quadClasses: ");
		result.append(quadClasses);
		result.append(", minCorroboration: ");
		result.append(minCorroboration);
		result.append(", showUnrelatedActors: ");
		result.append(showUnrelatedActors);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
