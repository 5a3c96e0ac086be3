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
  /// Whether the number of tasks a loop creates is fixed or bounded by the
  /// program rather than by its input: a constant trip count, a count taken
  /// from the executor's concurrency, a lambda's count parameter that every
  /// call passes as a constant.
  bool isBoundedLoop(const Stmt &Loop, const FunctionDecl &Coroutine,
                     ASTContext &Context) const;
  /// Whether the task \p Task, added to a collection, limits itself: its
  /// first step acquires a limiter.
  bool limitsItself(const Expr &Task) const;
  /// Reports a call of RangeFanOutFunctions over a range sized by the input.
  void checkRangeFanOut(const Expr &Call, unsigned Entry,
                        llvm::ArrayRef<const Expr *> Args,
                        ASTContext &Context);

  const std::string CombinatorsList;
  const std::string RangeFunctionsList;
  const std::string LimitersList;
  const std::string ConcurrencyLevelList;
  const std::string FillFunctionsList;

  const std::vector<knowledge::Entry> Combinators;
  const QualifiedNameSet CombinatorNames;
  const std::vector<knowledge::Entry> RangeFunctions;
  const QualifiedNameSet RangeFunctionNames;
  const QualifiedNameSet Limiters;
  const QualifiedNameSet ConcurrencyLevel;
  const std::vector<llvm::StringRef> FillFunctions;

  /// A template's calls are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_UNBOUNDEDFANOUTCHECK_H
