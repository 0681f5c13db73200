package org.sourcebench.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed command line of {@code sourcebench export}.
 *
 * @param dossier the dossier to export
 * @param json where to write the JSON export, {@code "-"} for standard output, or {@code null}
 * @param xlsx where to write the Excel report, or {@code null}
 * @param quiet whether to print only errors
 * @param help whether {@code --help} was given
 */
record ExportOptions(Path dossier, String json, Path xlsx, boolean quiet, boolean help) {

    /**
     * @param args the arguments after {@code export}
     * @return the options
     * @throws UsageException for an unknown option, a missing value, not exactly one dossier or no output
     */
    static ExportOptions parse(List<String> args) throws UsageException {
        Path dossier = null;
        String json = null;
        Path xlsx = null;
        boolean quiet = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> {
                    return new ExportOptions(null, null, null, false, true);
                }
                case "-q", "--quiet" -> quiet = true;
                case "-j", "--json" -> {
                    json = AnalyzeOptions.value(args, i, name, inlineValue);
                    i += inlineValue == null ? 1 : 0;
                }
                case "-x", "--xlsx" -> {
                    xlsx = Path.of(AnalyzeOptions.value(args, i, name, inlineValue));
                    i += inlineValue == null ? 1 : 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (dossier != null) {
                        throw new UsageException("export takes one dossier, not " + dossier + " and " + arg);
                    }
                    dossier = Path.of(arg);
                }
            }
        }
        if (dossier == null) {
            throw new UsageException("no DOSSIER to export");
        }
        if (json == null && xlsx == null) {
            throw new UsageException("nothing to export: give --json FILE or --xlsx FILE");
        }
        return new ExportOptions(dossier, json, xlsx, quiet, false);
    }
}
