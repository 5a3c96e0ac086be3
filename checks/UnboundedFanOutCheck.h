//===--- UnboundedFanOutCheck.h - async-lint --------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_UNBOUNDEDFANOUTCHECK_H
#define ASYNC_LINT_CHECKS_UNBOUNDEDFANOUTCHECK_H

#include "LibraryKnowledge.h"
#include "QualifiedNameSet.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds coroutines that start one task per input element at once, with no
/// limit on how many run concurrently.
///
/// For the user-facing documentation see:
/// docs/checks/async-unbounded-fan-out.md
class UnboundedFanOutCheck : public ClangTidyCheck {
public:
  UnboundedFanOutCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Reported.clear(); }
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  /// Whether loop \p Loop runs fewer than TripCountThreshold times, as far
  /// as the source shows.
  bool hasSmallConstantTripCount(const Stmt &Loop, ASTContext &Context) const;

  const std::string CombinatorsList;
  const std::string LimitersList;
  const std::string FillFunctionsList;
  const unsigned TripCountThreshold;

  const std::vector<knowledge::Entry> Combinators;
  const QualifiedNameSet CombinatorNames;
  const QualifiedNameSet Limiters;
  const std::vector<llvm::StringRef> FillFunctions;

  /// A template's calls are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_UNBOUNDEDFANOUTCHECK_H
