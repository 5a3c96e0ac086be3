//===--- FirstError.h - async-lint ----------------------------*- C++ -*-===//
//
// The first compile error of a unit, in the order clang emitted them, with
// its location. clang-tidy's consumer sorts its errors by file, so an error
// without a location ("too many errors emitted, stopping now") came first
// and hid the one that explains the failure.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_FIRSTERROR_H
#define ASYNC_LINT_TOOL_FIRSTERROR_H

#include "Finding.h"
#include "clang/Basic/Diagnostic.h"
#include <map>
#include <optional>

namespace async_lint {

/// Passes every diagnostic on to \p Target, remembers the first error and
/// where each warning's highlighted range (or else its token) ends:
/// clang-tidy keeps no ranges.
class FirstErrorRecorder : public clang::DiagnosticConsumer {
public:
  FirstErrorRecorder(clang::DiagnosticConsumer &Target, std::string Directory)
      : Target(Target), Directory(std::move(Directory)) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;
  void BeginSourceFile(const clang::LangOptions &LangOpts,
                       const clang::Preprocessor *PP) override {
    this->LangOpts = &LangOpts;
    Target.BeginSourceFile(LangOpts, PP);
  }
  void EndSourceFile() override { Target.EndSourceFile(); }
  void finish() override { Target.finish(); }
  void clear() override { Target.clear(); }

  /// The first error's message and location (File empty when it had none).
  const std::optional<std::pair<std::string, Location>> &first() const {
    return First;
  }

  /// The end offset of the range holding a warning at \p Loc, or 0.
  unsigned rangeEnd(const Location &Loc) const;

private:
  Location fileLocation(const clang::SourceManager &SM,
                        clang::SourceLocation L) const;

  clang::DiagnosticConsumer &Target;
  std::string Directory;
  const clang::LangOptions *LangOpts = nullptr;
  std::map<std::pair<std::string, unsigned>, unsigned> RangeEnds;
  std::optional<std::pair<std::string, Location>> First;
};

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_FIRSTERROR_H
