package org.sourcebench.extract.data;

/**
 * A gazetteer entry: canonical name, kind (country, city, region, province, river, site, sea), ISO country code
 * ("" for supranational), coordinates, GeoNames id (0 when unknown), population (0 when unknown) and whether it
 * comes from the hand-compiled places.tsv (regions and sites named in the news) rather than the city list.
 */
public record Place(String name, String kind, String iso, double lat, double lon, long geonamesId, long population,
		boolean curated) {
}
