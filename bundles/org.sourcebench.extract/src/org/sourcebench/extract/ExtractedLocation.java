package org.sourcebench.extract;

import java.util.List;

/**
 * A place named as a place: canonical name, kind (country, city, region, province, river, site, sea), present-day
 * country ({@code null} for supranational regions), coordinates ({@code NaN} when unknown), GeoNames id (0 when
 * unknown), mentions in text order and a confidence.
 */
public record ExtractedLocation(String name, String kind, String country, double lat, double lon, long geonamesId,
		List<TextSpan> mentions, double confidence) {

	public ExtractedLocation {
		mentions = List.copyOf(mentions);
	}
}
