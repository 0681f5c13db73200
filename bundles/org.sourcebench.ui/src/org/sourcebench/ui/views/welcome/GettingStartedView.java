package org.sourcebench.ui.views.welcome;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.sourcebench.ui.SourcebenchUi;
import org.sourcebench.ui.internal.SourcebenchUiPlugin;
import org.sourcebench.core.Sourcebench;

/**
 * The empty-state view: what Sourcebench is for, one-click starts (the sample dossier, importing articles,
 * a new or existing dossier) and the first steps, shown while the analyst has no dossier.
 */
public class GettingStartedView extends ViewPart {

	private ScrolledComposite scroller;
	private Composite content;
	private Button sampleButton;

	@Override
	public void createPartControl(Composite parent) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 8).applyTo(content);

		Font heading = resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()));
		Font bold = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));

		label(Messages.GettingStarted_title, heading);
		paragraph(Messages.GettingStarted_intro);
		Composite actions = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 4).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		sampleButton = button(actions, org.sourcebench.ui.internal.Messages.GettingStarted_openSample, SourcebenchUi.OPEN_SAMPLE_COMMAND_ID);
		sampleButton.setToolTipText(org.sourcebench.ui.internal.Messages.GettingStarted_openSampleTooltip);
		sampleButton.setFont(bold);
		button(actions, org.sourcebench.ui.internal.Messages.GettingStarted_importArticles, SourcebenchUi.IMPORT_ARTICLES_COMMAND_ID);
		button(actions, org.sourcebench.ui.internal.Messages.GettingStarted_newDossier, SourcebenchUi.NEW_DOSSIER_COMMAND_ID);
		button(actions, org.sourcebench.ui.internal.Messages.GettingStarted_openDossier, SourcebenchUi.OPEN_DOSSIER_COMMAND_ID);
		label(Messages.GettingStarted_stepsHeading, bold);
		paragraph(Messages.GettingStarted_step1);
		paragraph(Messages.GettingStarted_step2);
		paragraph(Messages.GettingStarted_step3);
		paragraph(Messages.GettingStarted_step4);
		label(Messages.GettingStarted_headlessHeading, bold);
		paragraph(Messages.GettingStarted_headless);
		Label version = paragraph(Sourcebench.PRODUCT_NAME + " " + Sourcebench.shortVersion());
		version.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));

		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> relayout());
		relayout();
	}

	private Button button(Composite parent, String text, String commandId) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			try {
				getSite().getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (Exception ex) {
				SourcebenchUiPlugin.log(ex.getMessage(), ex);
			}
		});
		return button;
	}

	/** @return the "Open the Sample Dossier" button */
	public Button getSampleButton() {
		return sampleButton;
	}

	private Label label(String text, Font font) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		label.setFont(font);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private Label paragraph(String text) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).indent(0, 0).applyTo(label);
		return label;
	}

	/** Wrapped labels need the available width to compute their height. */
	private void relayout() {
		int width = scroller.getClientArea().width;
		Point size = content.computeSize(Math.max(width, 160), SWT.DEFAULT);
		scroller.setMinSize(size);
		content.layout(true, true);
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}
}
