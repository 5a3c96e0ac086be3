//===--- Baseline.h - async-lint ------------------------------*- C++ -*-===//
//
// A finding's identity survives unrelated edits: check, file (relative to
// the project root), enclosing function and the line's text without
// whitespace, never the line number. Equal identities are told apart by
// their order in the file.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_BASELINE_H
#define ASYNC_LINT_TOOL_BASELINE_H

#include "Finding.h"
#include "Report.h"
#include "llvm/Support/Error.h"
#include <set>

namespace async_lint {

struct BaselineEntry {
  std::string Check, File, Function, Text;
};

/// Sets Fingerprint of every finding (sorted by file and offset) from its
/// identity and its rank among equal identities.
void assignFingerprints(std::vector<Finding> &Findings, llvm::StringRef Root);

llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef Path);

llvm::Error writeBaseline(llvm::StringRef Path,
                          const std::vector<Finding> &Findings,
                          llvm::StringRef Root);

/// Drops the findings the baseline knows; counts hidden and fixed entries.
/// An entry is fixed only when its file is in \p Analysed (absolute paths
/// of the files this run read): the others are neither fixed nor new.
void applyBaseline(const std::vector<BaselineEntry> &Entries,
                   std::vector<Finding> &Findings, llvm::StringRef Root,
                   const std::set<std::string> &Analysed, Summary &S);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_BASELINE_H
