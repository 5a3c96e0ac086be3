//===--- ReportReader.h - async-lint --------------------------*- C++ -*-===//
//
// Reads back async-lint's own json and sarif reports (for `merge`).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_REPORTREADER_H
#define ASYNC_LINT_TOOL_REPORTREADER_H

#include "Finding.h"
#include "Options.h"
#include "Report.h"
#include "llvm/Support/Error.h"

namespace async_lint {

struct ParsedReport {
  Format Kind = Format::Json; // Json or Sarif
  std::string Root;           // absolute, no trailing separator
  std::string DocsUrl;        // sarif informationUri, "" for json
  std::vector<Finding> Findings; // absolute paths under Root
  Summary S; // json only: files analysed and failed
};

/// Errors are one-line messages naming \p Path.
llvm::Expected<ParsedReport> readReport(llvm::StringRef Path);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_REPORTREADER_H
