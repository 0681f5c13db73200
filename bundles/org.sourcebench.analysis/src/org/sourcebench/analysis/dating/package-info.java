/** Dating of events and claims: the date stated in the text, else the publication date, and which. */
package org.sourcebench.analysis.dating;
