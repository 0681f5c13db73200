package org.sourcebench.application.about;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sourcebench.core.Sourcebench;

/**
 * The About dialog: product, version and the notices of every third-party component we ship.
 * The notices are data ({@code about_files/THIRD-PARTY-NOTICES.txt}), kept in step with the README.
 */
public class AboutSourcebenchDialog extends Dialog {

	static final String NOTICES_PATH = "about_files/THIRD-PARTY-NOTICES.txt";

	public AboutSourcebenchDialog(Shell parentShell) {
		super(parentShell);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(640, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);

		Composite header = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		Label image = new Label(header, SWT.NONE);
		URL imageUrl = bundle().getEntry("about.png");
		if (imageUrl != null) {
			image.setImage(resources.create(ImageDescriptor.createFromURL(imageUrl)));
		}
		GridDataFactory.swtDefaults().span(1, 2).align(SWT.BEGINNING, SWT.BEGINNING).applyTo(image);
		Label name = new Label(header, SWT.NONE);
		name.setText(Sourcebench.PRODUCT_NAME + " " + Sourcebench.shortVersion());
		name.setFont(JFaceResources.getHeaderFont());
		Label version = new Label(header, SWT.WRAP);
		version.setText(Messages.bind(Messages.About_build, Sourcebench.version(), System.getProperty("java.version"),
				Platform.getOS() + "/" + Platform.getWS() + "/" + Platform.getOSArch()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(version);

		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		addTextTab(tabs, Messages.About_aboutTab, Messages.About_text);
		addTextTab(tabs, Messages.About_noticesTab, readNotices());
		return area;
	}

	private static void addTextTab(TabFolder tabs, String title, String content) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		Text text = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setText(content);
		item.setControl(text);
	}

	static String readNotices() {
		URL url = bundle().getEntry(NOTICES_PATH);
		if (url == null) {
			return Messages.About_noticesMissing;
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return Messages.About_noticesMissing + " (" + e.getMessage() + ")";
		}
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(AboutSourcebenchDialog.class);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
