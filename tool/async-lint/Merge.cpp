//===--- Merge.cpp - async-lint -------------------------------------------===//

#include "Merge.h"
#include "AtomicFile.h"
#include "ReportReader.h"
#include "Sources.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <vector>

#ifndef ASYNC_LINT_DOCS_URL
#define ASYNC_LINT_DOCS_URL ""
#endif

using namespace llvm;

namespace async_lint {

static cl::OptionCategory MergeCategory("async-lint merge options");

static const char Overview[] =
    R"(async-lint merge: one report from the json (or sarif) reports of
--shard runs. A finding in a header reported by several shards is kept once;
files analysed and failed units are added up. Exit codes as async-lint's.
)";

static int usageError(const Twine &Message) {
  errs() << "async-lint: error: " << Message << "\n";
  return ExitUsage;
}

/// Moves \p Path from under \p From to under \p To (paths outside \p From
/// stay as they are), so shards checked out in different places merge.
static std::string rebase(StringRef Path, StringRef From, StringRef To) {
  std::string Relative = relativeTo(Path, From);
  return Relative == Path ? Path.str() : (To + "/" + Relative).str();
}

static void rebase(Finding &F, StringRef From, StringRef To) {
  auto RebaseFix = [&](std::vector<clang::tooling::Replacement> &Fix) {
    for (auto &R : Fix)
      R = {rebase(R.getFilePath(), From, To), R.getOffset(), R.getLength(),
           R.getReplacementText()};
  };
  F.Loc.File = rebase(F.Loc.File, From, To);
  RebaseFix(F.Fix);
  for (Note &N : F.Notes) {
    N.Loc.File = rebase(N.Loc.File, From, To);
    RebaseFix(N.Fix);
  }
}

/// Ranks among equal identities are per report; count them again over the
/// merged findings (sorted like a run's), as assignFingerprints does.
static void rerankFingerprints(std::vector<Finding> &Findings) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : Findings) {
    auto [Identity, Rank] = StringRef(F.Fingerprint).rsplit(':');
    if (Rank.empty())
      continue;
    F.Fingerprint =
        (Identity + ":" + Twine(Seen[Identity.str()]++)).str();
  }
}

int runMerge(int Argc, const char **Argv) {
  cl::list<std::string> Files(cl::Positional, cl::ZeroOrMore,
                              cl::desc("<report files>"),
                              cl::cat(MergeCategory));
  // A string, not an enum: cl reports bad enum values in its own words.
  cl::opt<std::string> FormatName(
      "format",
      cl::desc("json or sarif (default: the format of the reports)"),
      cl::value_desc("format"), cl::cat(MergeCategory));
  cl::opt<std::string> OutputFile("output", cl::desc("Write the report here"),
                                  cl::value_desc("file"),
                                  cl::cat(MergeCategory));
  cl::opt<bool> Quiet("quiet", cl::desc("Do not print the summary"),
                      cl::cat(MergeCategory));
  cl::HideUnrelatedOptions(MergeCategory);
  // Named so in --help's usage line and cl's messages.
  std::vector<const char *> Args(Argv, Argv + Argc);
  Args[0] = "async-lint merge";
  if (!parseCommandLine(Argc, Args.data(), Overview))
    return ExitUsage;
  if (Files.empty())
    return usageError("merge needs at least one report file");
  if (!FormatName.empty() && FormatName != "json" && FormatName != "sarif")
    return usageError("invalid --format '" + FormatName +
                      "' for merge: expected json or sarif");

  std::vector<ParsedReport> Reports;
  for (const std::string &File : Files) {
    Expected<ParsedReport> R = readReport(File);
    if (!R)
      return usageError(toString(R.takeError()));
    if (!Reports.empty() && R->Kind != Reports.front().Kind)
      return usageError("cannot merge json and sarif reports together");
    Reports.push_back(std::move(*R));
  }
  Format InKind = Reports.front().Kind;
  Format OutKind = FormatName.empty()        ? InKind
                   : FormatName == "json" ? Format::Json
                                          : Format::Sarif;
  if (InKind == Format::Sarif && OutKind == Format::Json)
    return usageError("cannot write json from sarif reports: they hold no "
                      "summary and no enclosing functions");

  // The first report's root is the merged report's.
  std::string Root = Reports.front().Root;
  std::vector<Finding> Findings;
  Summary S;
  for (ParsedReport &R : Reports) {
    for (Finding &F : R.Findings) {
      rebase(F, R.Root, Root);
      Findings.push_back(std::move(F));
    }
    S.FilesAnalysed += R.S.FilesAnalysed;
    for (FailedUnit &U : R.S.Failed)
      S.Failed.push_back({rebase(U.File, R.Root, Root), std::move(U.Error)});
  }
  // The same order and the same duplicate rule as a run's report.
  sortAndDeduplicate(Findings);
  rerankFingerprints(Findings);
  std::sort(S.Failed.begin(), S.Failed.end(),
            [](const FailedUnit &A, const FailedUnit &B) {
              return A.File < B.File;
            });

  std::unique_ptr<AtomicFile> Output;
  if (!OutputFile.empty()) {
    auto Created = AtomicFile::create(OutputFile);
    if (!Created)
      return usageError(toString(Created.takeError()));
    Output = std::move(*Created);
  }
  std::string DocsUrl = InKind == Format::Sarif ? Reports.front().DocsUrl
                                                : ASYNC_LINT_DOCS_URL;
  ReportContext Ctx{Root, DocsUrl};
  Sources Src; // json and sarif take lines and columns from the reports
  writeReport(OutKind, Output ? Output->os() : outs(), Findings, S, Ctx, Src);
  if (Output)
    if (Error E = Output->commit())
      return usageError(toString(std::move(E)));

  if (!Quiet) {
    if (InKind == Format::Json)
      printSummary(errs(), Findings, S, Root);
    else
      errs() << "async-lint: " << Findings.size()
             << (Findings.size() == 1 ? " finding" : " findings")
             << " in the merged sarif reports\n";
  }
  if (!S.Failed.empty())
    return ExitAnalysisFailed;
  return Findings.empty() ? ExitClean : ExitFindings;
}

} // namespace async_lint
