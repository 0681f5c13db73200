package org.sourcebench.extract;

/**
 * A directed event between two actors of the document, typed with its two-digit CAMEO root code ("01".."20"),
 * with the evidence span it was read from and a confidence.
 */
public record ExtractedRelationship(String from, String to, String cameoCode, TextSpan evidence, double confidence) {

    /** CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        int root = Integer.parseInt(cameoCode);
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
