package org.sourcebench.ui.properties;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.sourcebench.model.AdmiraltyReliability;
import org.sourcebench.model.ClaimCredibility;
import org.sourcebench.model.Ratings;
import org.sourcebench.model.SourcebenchPackage.Literals;
import org.sourcebench.ui.internal.Messages;
import org.sourcebench.ui.labels.ElementLabels;

/**
 * One property row: label, category and description from the item provider, a combo for enumerations
 * (ratings show their Admiralty meaning), a text field for strings and numbers, read-only otherwise.
 */
class ElementPropertyDescriptor extends PropertyDescriptor {

	private final EStructuralFeature feature;
	private final boolean editable;

	ElementPropertyDescriptor(EObject object, IItemPropertyDescriptor item, EStructuralFeature feature, boolean editable) {
		super(item.getId(object), item.getDisplayName(object));
		this.feature = feature;
		this.editable = editable && !feature.isMany() && feature instanceof EAttribute;
		setCategory(item.getCategory(object));
		setDescription(descriptionOf(item.getDescription(object)));
		setLabelProvider(labels());
	}

	private String descriptionOf(String generated) {
		if (feature == Literals.SOURCE__RELIABILITY) {
			return Messages.Tooltip_reliability;
		}
		if (feature == Literals.CLAIM__CREDIBILITY) {
			return Messages.Tooltip_credibility;
		}
		return generated;
	}

	private ILabelProvider labels() {
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return ElementPropertyDescriptor.text(feature, value);
			}
		};
	}

	/**
	 * @return how the value of {@code owner} reads: a CAMEO event label in the workbench's one case (tables, diagram
	 *         and Excel report use the same formatter), everything else as {@link #text(Object)}
	 */
	static String text(EStructuralFeature owner, Object value) {
		if (owner == Literals.RELATIONSHIP__EVENT_LABEL && value instanceof String label) {
			return ElementLabels.sentenceCase(label);
		}
		return text(value);
	}

	/** @return how a property value reads: ratings with their meaning, enums in words, elements by name */
	static String text(Object value) {
		if (value instanceof AdmiraltyReliability reliability) {
			return Ratings.label(reliability);
		}
		if (value instanceof ClaimCredibility credibility) {
			return Ratings.label(credibility);
		}
		if (value instanceof Enumerator literal) {
			return ElementLabels.humanise(literal.getName());
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(ElementPropertyDescriptor::text).toList());
		}
		if (value instanceof EObject element) {
			return ElementLabels.text(element);
		}
		if (value instanceof Double || value instanceof Float) {
			// 0.43, not 0.42999999999999994: a confidence is read, not computed with
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? java.math.BigDecimal.valueOf(number).setScale(2, java.math.RoundingMode.HALF_UP)
					.stripTrailingZeros().toPlainString() : value.toString();
		}
		return value == null ? "" : value.toString();
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!editable) {
			return null;
		}
		EClassifier type = feature.getEType();
		if (type instanceof EEnum eEnum) {
			List<Object> values = eEnum.getELiterals().stream().map(l -> (Object) l.getInstance()).toList();
			return new ChoiceCellEditor(parent, values, ElementPropertyDescriptor::text);
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), v -> v.toString());
		}
		if (type instanceof EDataType dataType) {
			return new TextCellEditor(parent) {
				@Override
				protected Object doGetValue() {
					String textValue = (String) super.doGetValue();
					try {
						return textValue.isEmpty() && dataType.getInstanceClass() != String.class ? null
								: EcoreUtil.createFromString(dataType, textValue);
					} catch (RuntimeException e) {
						return null;
					}
				}

				@Override
				protected void doSetValue(Object value) {
					super.doSetValue(value == null ? "" : EcoreUtil.convertToString(dataType, value));
				}
			};
		}
		return null;
	}
}
