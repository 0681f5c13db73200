package org.sourcebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Manifest;

/**
 * Facts about this Sourcebench build that every layer may show: product name and version.
 * <p>
 * Plain Java: the version is read from this bundle's own manifest, so it is right both inside
 * Equinox and on a plain class path (batch engines, tests).
 */
public final class Sourcebench {

	/** Product name as shown to analysts. */
	public static final String PRODUCT_NAME = "Sourcebench";

	private static final String UNKNOWN_VERSION = "0.0.0.unknown";

	private static volatile String version;

	private Sourcebench() {
	}

	/**
	 * @return the bundle version of this build, e.g. {@code 0.1.0.v20261125-1100}
	 */
	public static String version() {
		String v = version;
		if (v == null) {
			v = readVersion();
			version = v;
		}
		return v;
	}

	/**
	 * @return the version without the build qualifier, e.g. {@code 0.1.0}
	 */
	public static String shortVersion() {
		String[] parts = version().split("\\.");
		return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version();
	}

	private static String readVersion() {
		// Class.getResource("/META-INF/MANIFEST.MF") would find the first manifest on the class path;
		// resolving relative to this class's own code source finds ours.
		String classFile = Sourcebench.class.getSimpleName() + ".class";
		String url = String.valueOf(Sourcebench.class.getResource(classFile));
		String suffix = Sourcebench.class.getName().replace('.', '/') + ".class";
		if (!url.endsWith(suffix)) {
			return UNKNOWN_VERSION;
		}
		String manifestUrl = url.substring(0, url.length() - suffix.length()) + "META-INF/MANIFEST.MF";
		try (InputStream in = new java.net.URL(manifestUrl).openStream()) {
			String value = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
			return value == null ? UNKNOWN_VERSION : value.trim();
		} catch (IOException e) {
			return UNKNOWN_VERSION;
		}
	}
}
