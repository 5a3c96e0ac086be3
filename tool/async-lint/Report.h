//===--- Report.h - async-lint --------------------------------*- C++ -*-===//
//
// The output formats (text, json, sarif, github) and the closing summary.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_REPORT_H
#define ASYNC_LINT_TOOL_REPORT_H

#include "Finding.h"
#include "Options.h"
#include "Sources.h"
#include "llvm/Support/raw_ostream.h"

namespace async_lint {

struct FailedUnit {
  std::string File;
  std::string Error; // "file:line:col: message"
};

struct Summary {
  size_t FilesAnalysed = 0;
  std::vector<FailedUnit> Failed;
  bool UsedBaseline = false;
  bool Sharded = false;     // --shard: baseline entries of other slices
                            // look fixed, so none are counted as fixed
  size_t Baselined = 0;     // findings hidden by --baseline
  size_t BaselineFixed = 0; // baseline entries no longer found
  size_t BaselineNotAnalysed = 0; // entries of files this run did not read
  size_t FixesApplied = 0;
  bool FixDryRun = false; // --dry-run: FixesApplied would be applied
  // "file:line:col [check] overlaps the fix of file:line:col [check]"
  std::vector<std::string> FixesNotApplied;
  bool UsedCache = false;
  size_t CacheHits = 0; // units whose findings came from --cache
};

struct ReportContext {
  std::string Root;
  std::string DocsUrl;
  bool Color = false; // text: clang's colors (--color)
};

/// Sorts \p Findings in report order (file, offset, check, message) and keeps
/// one of each: a header's finding reported by several units, or shards.
void sortAndDeduplicate(std::vector<Finding> &Findings);

void writeReport(Format F, llvm::raw_ostream &OS,
                 const std::vector<Finding> &Findings, const Summary &S,
                 const ReportContext &Ctx, Sources &Src);

/// Paths in it are relative to \p Root, as in the report.
void printSummary(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                  const Summary &S, llvm::StringRef Root);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_REPORT_H
