package org.sourcebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sourcebench.ingest.ArticleImporter;

/**
 * The parsed command line of {@code sourcebench analyze}.
 *
 * @param inputs files and folders to import, in the order given
 * @param dossier the dossier to create or add to, or {@code null}
 * @param json where to write the JSON export, {@code "-"} for standard output, or {@code null}
 * @param xlsx where to write the Excel report, or {@code null}
 * @param quiet whether to print only errors
 * @param extract whether to run the extraction engine
 * @param maxFileSize the import size limit in bytes
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 */
record AnalyzeOptions(List<Path> inputs, Path dossier, String json, Path xlsx, boolean quiet, boolean extract,
        long maxFileSize, boolean help, boolean version) {

    /**
     * @param args the arguments after {@code analyze}
     * @return the options
     * @throws UsageException for an unknown option, a missing value or no input
     */
    static AnalyzeOptions parse(List<String> args) throws UsageException {
        List<Path> inputs = new ArrayList<>();
        Path dossier = null;
        String json = null;
        Path xlsx = null;
        boolean quiet = false;
        boolean extract = true;
        long maxFileSize = ArticleImporter.DEFAULT_MAX_FILE_SIZE;
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!options || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> options = false;
                case "-h", "--help" -> {
                    return new AnalyzeOptions(List.of(), null, null, null, false, true, maxFileSize, true, false);
                }
                case "-V", "--version" -> {
                    return new AnalyzeOptions(List.of(), null, null, null, false, true, maxFileSize, false, true);
                }
                case "-q", "--quiet" -> quiet = true;
                case "--no-extract" -> extract = false;
                case "-d", "--dossier" -> {
                    dossier = Path.of(value(args, i, name, inlineValue));
                    i += inlineValue == null ? 1 : 0;
                }
                case "-j", "--json" -> {
                    json = value(args, i, name, inlineValue);
                    i += inlineValue == null ? 1 : 0;
                }
                case "-x", "--xlsx" -> {
                    xlsx = Path.of(value(args, i, name, inlineValue));
                    i += inlineValue == null ? 1 : 0;
                }
                case "--max-size" -> {
                    maxFileSize = megabytes(value(args, i, name, inlineValue));
                    i += inlineValue == null ? 1 : 0;
                }
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no FILE or DIR to analyze");
        }
        if (dossier != null && !dossier.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sbx")) {
            throw new UsageException("--dossier " + dossier + ": a dossier file name ends with .sbx");
        }
        return new AnalyzeOptions(List.copyOf(inputs), dossier, json, xlsx, quiet, extract, maxFileSize, false, false);
    }

    static String value(List<String> args, int i, String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            if (inlineValue.isEmpty()) {
                throw new UsageException(name + " needs a value");
            }
            return inlineValue;
        }
        if (i + 1 >= args.size() || args.get(i + 1).isEmpty()
                || args.get(i + 1).startsWith("-") && !args.get(i + 1).equals("-")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    private static long megabytes(String value) throws UsageException {
        try {
            double mb = Double.parseDouble(value);
            if (!(mb > 0) || mb > 1_000_000) {
                throw new NumberFormatException();
            }
            return (long) (mb * 1024 * 1024);
        } catch (NumberFormatException e) {
            throw new UsageException("--max-size wants a positive number of megabytes, not " + value);
        }
    }
}
