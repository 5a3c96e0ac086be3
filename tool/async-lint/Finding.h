//===--- Finding.h - async-lint -------------------------------*- C++ -*-===//
//
// One reported diagnostic of an async-* check, with everything the output
// formats, the baseline and --fix need, detached from any SourceManager.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_FINDING_H
#define ASYNC_LINT_TOOL_FINDING_H

#include "InputFiles.h"
#include "clang/Tooling/Core/Replacement.h"
#include <set>
#include <string>
#include <vector>

namespace async_lint {

struct Location {
  std::string File; // absolute
  unsigned Offset = 0;
  unsigned Line = 0;   // 1-based, filled in by resolveLocations
  unsigned Column = 0; // 1-based byte column
};

struct Note {
  std::string Message;
  Location Loc;
  std::vector<clang::tooling::Replacement> Fix;
};

struct Finding {
  std::string Check;
  std::string Message;
  Location Loc;
  Location End; // end of the diagnostic's range (File empty: none known)
  std::vector<Note> Notes;
  std::vector<clang::tooling::Replacement> Fix;
  bool IsError = false; // its check matches .clang-tidy's WarningsAsErrors
  // Identity that survives unrelated edits: see Baseline.h.
  std::string Function; // innermost enclosing named function, or ""
  std::string LineText; // source line with all whitespace removed
  std::string Fingerprint;
};

/// What happened to one translation unit.
struct UnitResult {
  std::string File;
  bool Failed = false;
  std::string FirstError; // the first compile error, when Failed
  Location FirstErrorLoc;
  std::vector<Finding> Findings;
  std::set<std::string> DroppedFlags; // compiler flags clang rejected
  // clang-tidy's "invalid configuration value ..." for check options
  std::set<std::string> ConfigWarnings;
  std::vector<InputFile> Inputs; // what --cache checks before reusing this
};

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_FINDING_H
