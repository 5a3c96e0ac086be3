//===--- Options.cpp - async-lint -----------------------------------------===//

#include "Options.h"
#include "Version.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <tuple>
#include <unistd.h>

#ifndef ASYNC_LINT_DOCS_URL
#define ASYNC_LINT_DOCS_URL ""
#endif

using namespace llvm;

namespace async_lint {

static cl::OptionCategory Category("async-lint options");

static const char Overview[] = R"(async-lint: find anti-patterns in C++20 coroutine code.

Lints every translation unit of a compilation database (compile_commands.json)
with the async-* checks, or only those under the given files or directories;
a header given selects the units that include it (git diff --name-only |
xargs async-lint).

async-lint merge [--format json|sarif] [--output FILE] FILES... merges the
json (or sarif) reports of --shard runs into one; see docs/async-lint.md.

Exit codes:
  0  no findings (or --write-baseline wrote the baseline)
  1  findings reported (warnings, or errors by WarningsAsErrors)
  2  usage or configuration error (bad flag, no async-* check enabled,
     no or malformed compilation database, unreadable configuration, bad --shard,
     unusable --cache directory, unreadable report given to merge)
  3  some translation units could not be analysed (compile errors, or a
     crash of clang or a check: each unit runs in its own process);
     the findings of the others are still reported
)";

namespace {
/// cl prints a bad option value on errs() itself, not on the stream given
/// to ParseCommandLineOptions: catch fd 2 in an unlinked temporary file so
/// that nothing is left behind when cl exits (--help, --version).
class StderrCapture {
public:
  StderrCapture() {
    SmallString<128> Path;
    errs().flush();
    if (sys::fs::createTemporaryFile("async-lint-cl", "txt", File, Path))
      return;
    sys::fs::remove(Path);
    Saved = ::dup(2);
    ::dup2(File, 2);
  }
  /// Restores stderr and returns what was written to it.
  std::string take() {
    std::string Text;
    if (Saved < 0)
      return Text;
    errs().flush();
    ::dup2(Saved, 2);
    ::close(Saved);
    Saved = -1;
    ::lseek(File, 0, SEEK_SET);
    char Buffer[4096];
    for (ssize_t N; (N = ::read(File, Buffer, sizeof Buffer)) > 0;)
      Text.append(Buffer, N);
    ::close(File);
    return Text;
  }
  ~StderrCapture() { errs() << take(); }

private:
  int File = -1, Saved = -1;
};
} // namespace

/// cl's "prog: for the --format option: requires a value!" in our words.
static std::string optionError(StringRef Line) {
  StringRef Option, Problem;
  std::tie(Option, Problem) =
      Line.split(": for the ").second.split(" option: ");
  Problem = Problem.trim().rtrim('!');
  StringRef Value = Problem.drop_front().split('\'').first;
  if (Problem == "requires a value")
    return (Option + " requires a value").str();
  if (Problem.starts_with("Cannot find option named"))
    Value = Problem.split('\'').second.split('\'').first;
  else if (!Problem.starts_with("'"))
    return (Option + ": " + Problem).str();
  std::string Message = ("invalid value '" + Value + "' for " + Option).str();
  if (Problem.contains("uint argument"))
    Message += ": expected a non-negative integer";
  else if (Problem.contains("boolean argument"))
    Message += ": expected true or false";
  return Message;
}

bool parseCommandLine(int Argc, const char **Argv, const char *Overview) {
  std::string Errors;
  raw_string_ostream ErrorStream(Errors);
  StderrCapture Capture;
  bool Parsed = cl::ParseCommandLineOptions(Argc, Argv, Overview, &ErrorStream);
  std::string Printed = Capture.take();
  if (Parsed) {
    errs() << Printed;
    return true;
  }
  std::string Message;
  if (StringRef(Printed).contains(" option: ")) {
    Message = optionError(StringRef(Printed).split('\n').first);
  } else {
    // cl reports "prog: message\n" (sometimes with a hint line).
    std::string All = Errors + Printed;
    StringRef First = StringRef(All).split('\n').first.trim();
    First = First.split("  Try:").first.trim().rtrim('.');
    if (First.contains(": "))
      First = First.split(": ").second;
    Message = First.str();
    if (!Message.empty())
      Message[0] = toLower(Message[0]);
  }
  if (Message.empty())
    Message = "invalid command line";
  errs() << "async-lint: error: " << Message << " (see --help)\n";
  return false;
}

/// LLVM declares a --color of its own (true or false, for WithColor); ours
/// takes auto, always or never, and cl allows one option per name.
static void removeLLVMColorOption() {
  auto &Registered = cl::getRegisteredOptions(); // a DenseMap in LLVM 22
  auto It = Registered.find("color");
  if (It != Registered.end())
    It->second->removeArgument();
}

bool parseOptions(int Argc, const char **Argv, Options &Out) {
  removeLLVMColorOption();
  cl::opt<std::string> BuildPath(
      "p", cl::desc("Directory holding compile_commands.json (default: the "
                    "current directory, its build/ and their parents)"),
      cl::value_desc("dir"), cl::cat(Category));
  cl::list<std::string> Paths(cl::Positional, cl::desc("[paths...]"),
                              cl::cat(Category));
  cl::opt<std::string> Root(
      "root",
      cl::desc("Project root: findings outside it are third-party and never "
               "shown; output paths are relative to it (default: the "
               "directory holding the database and all its files)"),
      cl::value_desc("dir"), cl::cat(Category));
  cl::opt<std::string> Checks(
      "checks",
      cl::desc("Check globs applied after .clang-tidy's, e.g. "
               "-async-blocking-call-in-coroutine"),
      cl::cat(Category));
  // Prefix: -j2 as well as -j 2, as with make and run-clang-tidy.
  cl::opt<unsigned> Jobs("j", cl::desc("Parallel jobs (default: all cores)"),
                         cl::init(0), cl::Prefix, cl::cat(Category));
  cl::opt<Format> OutputFormat(
      "format", cl::desc("Output format"), cl::init(Format::Text),
      cl::values(clEnumValN(Format::Text, "text", "clang style (default)"),
                 clEnumValN(Format::Json, "json", "docs/async-lint.md schema"),
                 clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
                 clEnumValN(Format::Github, "github",
                            "GitHub workflow annotations")),
      cl::cat(Category));
  cl::opt<std::string> OutputFile("output", cl::desc("Write the report here"),
                                  cl::value_desc("file"), cl::cat(Category));
  cl::opt<ColorChoice> Color(
      "color",
      cl::desc("Color the text report as clang does (default: auto, when "
               "stdout is a terminal with colors; never in an --output "
               "file)"),
      cl::init(ColorChoice::Auto),
      cl::values(clEnumValN(ColorChoice::Auto, "auto", "when a terminal"),
                 clEnumValN(ColorChoice::Always, "always", "always"),
                 clEnumValN(ColorChoice::Never, "never", "never")),
      cl::cat(Category));
  cl::opt<std::string> Baseline(
      "baseline", cl::desc("Report only findings not recorded in this file"),
      cl::value_desc("file"), cl::cat(Category));
  cl::opt<std::string> WriteBaseline(
      "write-baseline", cl::desc("Record the current findings in this file"),
      cl::value_desc("file"), cl::cat(Category));
  cl::opt<bool> Fix("fix", cl::desc("Apply the fix-its of the findings"),
                    cl::cat(Category));
  cl::opt<bool> FixNotes("fix-notes",
                         cl::desc("Also apply the fix-its of notes"),
                         cl::cat(Category));
  cl::opt<bool> DryRun(
      "dry-run",
      cl::desc("With --fix or --fix-notes (implies --fix): print the unified "
               "diff of the fixes on stdout instead of applying them (alias: "
               "--diff)"),
      cl::cat(Category));
  cl::alias Diff("diff", cl::desc("Alias for --dry-run"),
                 cl::aliasopt(DryRun), cl::cat(Category));
  cl::opt<bool> Quiet("quiet", cl::desc("Do not print the summary"),
                      cl::cat(Category));
  cl::opt<std::string> CacheDir(
      "cache",
      cl::desc("Reuse the findings of units whose files, command and options "
               "are unchanged; store the others' here"),
      cl::value_desc("dir"), cl::cat(Category));
  cl::opt<std::string> Shard(
      "shard",
      cl::desc("Lint only slice K of N (1 <= K <= N) of the selected units, "
               "the same slice on every machine"),
      cl::value_desc("K/N"), cl::cat(Category));
  cl::opt<std::string> DocsUrl(
      "docs-url",
      cl::desc("Base URL of the checks' published pages: SARIF helpUri is "
               "<url><check>.md (default: none)"),
      cl::init(ASYNC_LINT_DOCS_URL), cl::cat(Category));

  cl::opt<bool> ListChecks(
      "list-checks",
      cl::desc("List the async-* checks enabled for the current directory "
               "(.clang-tidy, then --checks) and exit"),
      cl::cat(Category));
  cl::opt<std::string> Explain(
      "explain", cl::desc("Print the documentation page of a check and exit"),
      cl::value_desc("check"), cl::cat(Category));

  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "async-lint version " << Version << "\n"
       << "built with LLVM " << LLVM_VERSION_STRING << "\n";
  });
  if (!parseCommandLine(Argc, Argv, Overview))
    return false;
  Out.BuildPath = BuildPath;
  Out.Paths.assign(Paths.begin(), Paths.end());
  Out.Root = Root;
  Out.Checks = Checks;
  Out.Jobs = Jobs;
  Out.OutputFormat = OutputFormat;
  Out.OutputFile = OutputFile;
  Out.Color = Color;
  Out.Baseline = Baseline;
  Out.WriteBaseline = WriteBaseline;
  Out.Fix = Fix || FixNotes || DryRun;
  Out.DryRun = DryRun;
  Out.FixNotes = FixNotes;
  Out.Quiet = Quiet;
  Out.DocsUrl = DocsUrl;
  if (StringRef(Out.DocsUrl).starts_with("file:")) {
    errs() << "async-lint: error: --docs-url '" << Out.DocsUrl
           << "' is a local path: give the URL where the pages are published\n";
    return false;
  }
  Out.CacheDir = CacheDir;
  Out.ListChecks = ListChecks;
  Out.Explain = Explain;
  // --shard= (empty) is a bad value, not an absent option.
  if (Shard.getNumOccurrences())
    Out.Shard = Shard;
  return true;
}

} // namespace async_lint
