package org.sourcebench.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one parser of {@code sourcebench} command lines: options as {@code --name value}, {@code --name=value}
 * or a short alias ({@code -j value}), flags without a value, {@code --} ending the options, and operands
 * (anything else, including a lone {@code -}). Each command declares its options and receives them under
 * their long name.
 */
final class OptionParser {

	/** Receives the command line piece by piece, in order. */
	interface Handler {
		/**
		 * @param name the option's long name, e.g. {@code --json}
		 * @param value its value, or {@code null} for a flag
		 * @return whether to go on parsing ({@code false} after e.g. {@code --help})
		 * @throws UsageException if the value is wrong
		 */
		boolean option(String name, String value) throws UsageException;

		/**
		 * @param operand a file, folder or other argument that is not an option
		 * @throws UsageException if no operand is wanted here
		 */
		void operand(String operand) throws UsageException;
	}

	private final Map<String, String> longNames = new HashMap<>();
	private final Map<String, Boolean> takesValue = new HashMap<>();

	/** Declares a flag (no value) with its long name and aliases. */
	OptionParser flag(String name, String... aliases) {
		return declare(name, false, aliases);
	}

	/** Declares an option with a value, with its long name and aliases. */
	OptionParser valued(String name, String... aliases) {
		return declare(name, true, aliases);
	}

	private OptionParser declare(String name, boolean value, String... aliases) {
		longNames.put(name, name);
		for (String alias : aliases) {
			longNames.put(alias, name);
		}
		takesValue.put(name, value);
		return this;
	}

	/**
	 * @param args the arguments after the command word
	 * @param handler receives options and operands
	 * @throws UsageException for an unknown option, a missing or unexpected value, or what the handler refuses
	 */
	void parse(List<String> args, Handler handler) throws UsageException {
		boolean options = true;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!options || !arg.startsWith("-") || arg.equals("-")) {
				handler.operand(arg);
				continue;
			}
			if (arg.equals("--")) {
				options = false;
				continue;
			}
			String given = arg;
			String inline = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				given = arg.substring(0, eq);
				inline = arg.substring(eq + 1);
			}
			String name = longNames.get(given);
			if (name == null) {
				throw new UsageException("unknown option " + arg);
			}
			String value = null;
			if (takesValue.get(name)) {
				if (inline != null) {
					value = inline;
				} else if (i + 1 < args.size() && !looksLikeOption(args.get(i + 1))) {
					value = args.get(++i);
				}
				if (value == null || value.isEmpty()) {
					throw new UsageException(given + " needs a value");
				}
			} else if (inline != null) {
				throw new UsageException(given + " takes no value");
			}
			if (!handler.option(name, value)) {
				return;
			}
		}
	}

	private static boolean looksLikeOption(String arg) {
		return arg.startsWith("-") && !arg.equals("-");
	}
}
