/**
 * Sourcebench - generated from model/sourcebench.ecore; do not edit, run regenerate.sh.
 */
package org.sourcebench.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.sourcebench.model.Dossier;
import org.sourcebench.model.SourcebenchFactory;
import org.sourcebench.model.SourcebenchPackage;

/**
 * This is the item provider adapter for a {@link org.sourcebench.model.Dossier} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DossierItemProvider extends IdentifiedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DossierItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addModifiedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Dossier_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Dossier_name_feature", "_UI_Dossier_type"),
				 SourcebenchPackage.Literals.DOSSIER__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Dossier_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Dossier_description_feature", "_UI_Dossier_type"),
				 SourcebenchPackage.Literals.DOSSIER__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Dossier_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Dossier_created_feature", "_UI_Dossier_type"),
				 SourcebenchPackage.Literals.DOSSIER__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModifiedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Dossier_modified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Dossier_modified_feature", "_UI_Dossier_type"),
				 SourcebenchPackage.Literals.DOSSIER__MODIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__SOURCES);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__ACTORS);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__LOCATIONS);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__CLAIMS);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__RELATIONSHIPS);
			childrenFeatures.add(SourcebenchPackage.Literals.DOSSIER__DIAGRAMS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Dossier.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Dossier"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Dossier)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Dossier_type") :
			getString("_UI_Dossier_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Dossier.class))
		{
			case SourcebenchPackage.DOSSIER__NAME:
			case SourcebenchPackage.DOSSIER__DESCRIPTION:
			case SourcebenchPackage.DOSSIER__CREATED:
			case SourcebenchPackage.DOSSIER__MODIFIED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SourcebenchPackage.DOSSIER__SOURCES:
			case SourcebenchPackage.DOSSIER__ACTORS:
			case SourcebenchPackage.DOSSIER__LOCATIONS:
			case SourcebenchPackage.DOSSIER__CLAIMS:
			case SourcebenchPackage.DOSSIER__RELATIONSHIPS:
			case SourcebenchPackage.DOSSIER__DIAGRAMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SourcebenchPackage.Literals.DOSSIER__SOURCES,
				 SourcebenchFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(SourcebenchPackage.Literals.DOSSIER__ACTORS,
				 SourcebenchFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(SourcebenchPackage.Literals.DOSSIER__LOCATIONS,
				 SourcebenchFactory.eINSTANCE.createLocation()));

		newChildDescriptors.add
			(createChildParameter
				(SourcebenchPackage.Literals.DOSSIER__CLAIMS,
				 SourcebenchFactory.eINSTANCE.createClaim()));

		newChildDescriptors.add
			(createChildParameter
				(SourcebenchPackage.Literals.DOSSIER__RELATIONSHIPS,
				 SourcebenchFactory.eINSTANCE.createRelationship()));
	}

}
