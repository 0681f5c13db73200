/**
 * Making untrusted text safe for spreadsheet cells: {@link org.sourcebench.report.excel.safety.CellText}
 * (no formulas, no control characters, the cell limit) and
 * {@link org.sourcebench.report.excel.safety.SafeLinks} (which URLs may become hyperlinks).
 */
package org.sourcebench.report.excel.safety;
