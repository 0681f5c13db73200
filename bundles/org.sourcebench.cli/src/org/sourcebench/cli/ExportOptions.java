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
        Path[] dossier = { null };
        String[] json = { null };
        Path[] xlsx = { null };
        boolean[] quiet = { false };
        boolean[] help = { false };
        PARSER.parse(args, new OptionParser.Handler() {
            @Override
            public boolean option(String name, String value) throws UsageException {
                switch (name) {
                    case "--help" -> help[0] = true;
                    case "--quiet" -> quiet[0] = true;
                    case "--json" -> json[0] = value;
                    case "--xlsx" -> xlsx[0] = AnalyzeOptions.path(name, value);
                    default -> throw new IllegalStateException(name);
                }
                return !help[0];
            }

            @Override
            public void operand(String operand) throws UsageException {
                if (operand.equals("-")) {
                    throw new UsageException("unknown option -");
                }
                if (dossier[0] != null) {
                    throw new UsageException("export takes one dossier, not " + dossier[0] + " and " + operand);
                }
                dossier[0] = AnalyzeOptions.path("the DOSSIER", operand);
            }
        });
        if (help[0]) {
            return new ExportOptions(null, null, null, false, true);
        }
        if (dossier[0] == null) {
            throw new UsageException("no DOSSIER to export");
        }
        if (json[0] == null && xlsx[0] == null) {
            throw new UsageException("nothing to export: give --json FILE or --xlsx FILE");
        }
        return new ExportOptions(dossier[0], json[0], xlsx[0], quiet[0], false);
    }

    private static final OptionParser PARSER = new OptionParser().flag("--help", "-h").flag("--quiet", "-q")
            .valued("--json", "-j").valued("--xlsx", "-x");
}
