//===--- Options.h - async-lint -------------------------------*- C++ -*-===//
//
// The command line of async-lint, parsed into plain values.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_OPTIONS_H
#define ASYNC_LINT_TOOL_OPTIONS_H

#include <optional>
#include <string>
#include <vector>

namespace async_lint {

/// Exit codes, documented in --help, README.md and docs/async-lint.md.
enum ExitCode {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitAnalysisFailed = 3,
};

enum class Format { Text, Json, Sarif, Github };

/// --color: whether the text report is colored as clang colors its
/// diagnostics.
enum class ColorChoice { Auto, Always, Never };

struct Options {
  std::string BuildPath;           // -p
  std::vector<std::string> Paths;  // positional: files or directories
  std::string Root;                // --root, "" = derived from the database
  std::string Checks;              // --checks, appended to .clang-tidy's
  unsigned Jobs = 0;               // -j, 0 = all cores
  Format OutputFormat = Format::Text;
  std::string OutputFile;          // --output, "" = stdout
  ColorChoice Color = ColorChoice::Auto;
  std::string Baseline;            // --baseline
  std::string WriteBaseline;       // --write-baseline
  bool Fix = false;
  bool FixNotes = false;
  bool DryRun = false;             // --dry-run, --diff: print, write nothing
  bool Quiet = false;              // no summary
  std::string CacheDir;            // --cache, "" = no cache
  std::optional<std::string> Shard; // --shard K/N; none = all units
  std::string DocsUrl;             // base of the checks' help pages
  bool ListChecks = false;         // --list-checks
  std::string Explain;             // --explain CHECK
};

/// cl::ParseCommandLineOptions over the options declared so far; on an
/// error prints one line and returns false.
bool parseCommandLine(int Argc, const char **Argv, const char *Overview);

/// Parses argv; on a usage error prints one line and returns false.
bool parseOptions(int Argc, const char **Argv, Options &Out);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_OPTIONS_H
