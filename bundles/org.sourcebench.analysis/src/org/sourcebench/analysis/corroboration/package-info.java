/** Corroboration: independent sources (reprints count once) and merging reports of one event. */
package org.sourcebench.analysis.corroboration;
