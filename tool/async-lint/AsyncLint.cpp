//===--- AsyncLint.cpp - async-lint ---------------------------------------===//
//
// async-lint [options] [paths...]: runs the async-* checks over a project's
// compilation database, in-process (clang-tidy's library, our module only).
//
//===----------------------------------------------------------------------===//

#include "AboutChecks.h"
#include "AtomicFile.h"
#include "Baseline.h"
#include "CompileDatabase.h"
#include "Fixes.h"
#include "Includers.h"
#include "Merge.h"
#include "ModuleAnchor.h"
#include "Options.h"
#include "Report.h"
#include "Runner.h"
#include "Shard.h"
#include "Sources.h"
#include "UnitCache.h"
#include "Worker.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace llvm;
using namespace async_lint;

static int usageError(const Twine &Message) {
  errs() << "async-lint: error: " << Message << "\n";
  return ExitUsage;
}

static bool isThirdParty(StringRef RelativePath) {
  for (auto It = sys::path::begin(RelativePath),
            End = sys::path::end(RelativePath);
       It != End; ++It)
    if (is_contained({"third_party", "third-party", "3rdparty", "external",
                      "vendor", "_deps"},
                     *It))
      return true;
  return false;
}

static bool isUnder(StringRef File, StringRef Root) {
  return File.size() > Root.size() && File.starts_with(Root) &&
         sys::path::is_separator(File[Root.size()]);
}

/// Findings in the project's own files, each once however many units
/// include its header, in file and offset order.
static std::vector<Finding> collect(std::vector<UnitResult> &Units,
                                    StringRef Root) {
  std::vector<Finding> All;
  for (UnitResult &U : Units)
    for (Finding &F : U.Findings) {
      bool Own = F.Loc.File == U.File ||
                 (isUnder(F.Loc.File, Root) &&
                  !isThirdParty(relativeTo(F.Loc.File, Root)));
      if (Own)
        All.push_back(std::move(F));
    }
  sortAndDeduplicate(All);
  return All;
}

/// Each warning once for the whole run, however many units had it.
static void warnOnce(const std::vector<UnitResult> &Units) {
  std::set<std::string> Dropped, Config;
  for (const UnitResult &U : Units) {
    Dropped.insert(U.DroppedFlags.begin(), U.DroppedFlags.end());
    Config.insert(U.ConfigWarnings.begin(), U.ConfigWarnings.end());
  }
  if (!Dropped.empty())
    errs() << "async-lint: warning: ignoring compiler flags that clang does "
              "not accept: "
           << join(Dropped, " ") << "\n";
  for (const std::string &Warning : Config) {
    errs() << "async-lint: warning: " << Warning;
    if (StringRef(Warning).starts_with("invalid configuration value"))
      errs() << "; the check uses its default";
    errs() << "\n";
  }
}

/// "file:line:col: message" for a compile error, the file relative to
/// \p Root as in the report; a crash has no location.
static std::string failureOf(UnitResult &U, Sources &Src, StringRef Root) {
  if (U.FirstErrorLoc.File.empty())
    return U.FirstError;
  Src.resolve(U.FirstErrorLoc);
  return relativeTo(U.FirstErrorLoc.File, Root) + ":" +
         std::to_string(U.FirstErrorLoc.Line) + ":" +
         std::to_string(U.FirstErrorLoc.Column) + ": " + U.FirstError;
}

/// --color=auto colors a terminal that has colors, never an --output file.
static bool useColor(ColorChoice Choice, bool ToOutputFile) {
  if (Choice != ColorChoice::Auto)
    return Choice == ColorChoice::Always;
  return !ToOutputFile && outs().has_colors();
}

static std::string normalizeLine(StringRef Line) {
  std::string Result;
  for (char C : Line)
    if (!isSpace(C))
      Result += C;
  return Result;
}

int main(int Argc, const char **Argv) {
  InitLLVM X(Argc, Argv);
  if (Argc > 1 && StringRef(Argv[1]) == WorkerFlag)
    return runWorker(Argc, Argv);
  if (Argc > 1 && StringRef(Argv[1]) == "merge")
    return runMerge(Argc - 1, Argv + 1);
  Options Opts;
  if (!parseOptions(Argc, Argv, Opts))
    return ExitUsage;
  if (Opts.ListChecks)
    return listChecks(Opts.Checks);
  if (!Opts.Explain.empty())
    return explainCheck(Opts.Explain);

  std::optional<Shard> Slice;
  if (Opts.Shard) {
    Expected<Shard> Parsed = parseShard(*Opts.Shard);
    if (!Parsed)
      return usageError(toString(Parsed.takeError()));
    Slice = *Parsed;
  }
  Expected<Project> P = loadProject(Opts.BuildPath, Opts.Paths, Opts.Root);
  if (!P)
    return usageError(toString(P.takeError()));
  if (Error E = addIncluders(*P, Opts.Checks, Opts.Jobs))
    return usageError(toString(std::move(E)));
  if (Slice)
    P->Units = selectShard(P->Units, *Slice,
                           sys::path::parent_path(P->DatabasePath));
  if (Error E = validateConfigFiles(P->Units))
    return usageError(toString(std::move(E)));
  // As clang-tidy's "no checks enabled": a gate that checks nothing must not
  // pass.
  if (!anyCheckEnabled(*P, Opts.Checks))
    return usageError("no async-* check is enabled for any unit: the "
                      ".clang-tidy files' Checks and --checks switch them "
                      "all off");
  std::vector<BaselineEntry> BaselineEntries;
  if (!Opts.Baseline.empty()) {
    auto Read = readBaseline(Opts.Baseline);
    if (!Read)
      return usageError(toString(Read.takeError()));
    BaselineEntries = std::move(*Read);
  }
  // Opened before the analysis, so that a bad --output fails at once.
  std::unique_ptr<AtomicFile> OutputFile;
  if (!Opts.OutputFile.empty()) {
    auto Created = AtomicFile::create(Opts.OutputFile);
    if (!Created)
      return usageError(toString(Created.takeError()));
    OutputFile = std::move(*Created);
  }

  std::unique_ptr<UnitCache> Cache;
  if (!Opts.CacheDir.empty()) {
    auto Opened = UnitCache::open(Opts.CacheDir);
    if (!Opened)
      return usageError(toString(Opened.takeError()));
    Cache = std::move(*Opened);
  }

  std::vector<UnitResult> Units =
      runUnits(*P, Opts.Checks, Opts.Jobs, Cache.get());
  warnOnce(Units);

  Summary S;
  S.FilesAnalysed = Units.size();
  S.Sharded = Opts.Shard.has_value();
  S.UsedCache = Cache != nullptr;
  S.FixDryRun = Opts.DryRun;
  S.CacheHits = Cache ? Cache->hits() : 0;
  Sources Src;
  for (UnitResult &U : Units)
    if (U.Failed)
      S.Failed.push_back({U.File, failureOf(U, Src, P->Root)});
  // What this run looked at, for the baseline's fixed entries.
  std::set<std::string> Analysed;
  for (const UnitResult &U : Units)
    if (!U.Failed)
      for (const InputFile &I : U.Inputs) {
        // "src/../include/util.h" as the compiler opened it.
        SmallString<256> Path(I.Path);
        sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
        Analysed.insert(std::string(Path));
      }
  std::vector<Finding> Findings = collect(Units, P->Root);
  for (Finding &F : Findings) {
    Src.resolve(F.Loc);
    if (!F.End.File.empty())
      Src.resolve(F.End);
    F.LineText = normalizeLine(Src.lineOf(F.Loc));
    for (Note &N : F.Notes)
      Src.resolve(N.Loc);
  }
  assignFingerprints(Findings, P->Root);

  if (!Opts.WriteBaseline.empty())
    if (Error E = writeBaseline(Opts.WriteBaseline, Findings, P->Root))
      return usageError(toString(std::move(E)));
  if (!Opts.Baseline.empty())
    applyBaseline(BaselineEntries, Findings, P->Root, Analysed, S);

  ReportContext Ctx{P->Root, Opts.DocsUrl,
                    useColor(Opts.Color, OutputFile != nullptr)};
  // With --dry-run, stdout is the diff: the report goes to --output only.
  if (OutputFile || !Opts.DryRun)
    writeReport(Opts.OutputFormat, OutputFile ? OutputFile->os() : outs(),
                Findings, S, Ctx, Src);
  if (OutputFile)
    if (Error E = OutputFile->commit())
      return usageError(toString(std::move(E)));
  if (Opts.Fix)
    if (Error E = applyFixes(Findings, Opts.FixNotes, S,
                             Opts.DryRun ? &outs() : nullptr, P->Root))
      return usageError(toString(std::move(E)));
  if (!Opts.Quiet)
    printSummary(errs(), Findings, S, P->Root);

  if (!S.Failed.empty())
    return ExitAnalysisFailed;
  // Writing a baseline records the findings; it is not a gate that failed.
  if (!Opts.WriteBaseline.empty())
    return ExitClean;
  return Findings.empty() ? ExitClean : ExitFindings;
}
