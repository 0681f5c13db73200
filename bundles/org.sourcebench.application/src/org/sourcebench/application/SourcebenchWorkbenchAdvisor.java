package org.sourcebench.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.sourcebench.ui.SourcebenchUi;

/** Opens windows on the Analysis perspective and remembers the analyst's layout between sessions. */
public class SourcebenchWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SourcebenchWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return SourcebenchUi.ANALYSIS_PERSPECTIVE_ID;
	}

	@Override
	public void postStartup() {
		super.postStartup();
		JvmSplash.close();
	}
}
