//===--- DiscardedTaskCheck.h - async-lint ----------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_DISCARDEDTASKCHECK_H
#define ASYNC_LINT_CHECKS_DISCARDEDTASKCHECK_H

#include "CoroutineTypesOption.h"
#include "TaskTypes.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds lazy tasks and awaitables that are created and thrown away, so their
/// work never runs, and tasks held in a variable that nothing awaits.
///
/// For the user-facing documentation see:
/// docs/checks/async-discarded-task.md
class DiscardedTaskCheck : public ClangTidyCheck {
public:
  DiscardedTaskCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    Reported.clear();
    ExpectingThrow.clear();
  }
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  bool isBlockingFuture(const Expr &E) const;
  void checkDiscarded(const Expr &Statement, const DiscardedValue &Discarded,
                      const FunctionDecl &Function, bool InCatchHandler);
  void checkVariable(const VarDecl &Var, const FunctionDecl &Function,
                     bool InCatchHandler);

  CoroutineTypesOption CoroutineTypes;
  const std::string TaskTypesList;
  const std::string BlockingFutureFunctionsList;
  const std::string EagerSenderFactoriesList;
  const std::string ExpectThrowCallsList;
  const CoroutineLibraries Libraries;
  const TaskTypes Tasks;
  const QualifiedNameSet BlockingFutures;
  const EagerSenderFactories EagerSenders;
  const ExpectThrowCalls ExpectThrow;
  /// The lambdas passed to an expect-throw assertion, seen in the function
  /// that contains them before their own bodies are walked.
  llvm::DenseSet<const FunctionDecl *> ExpectingThrow;
  /// A template's statements are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_DISCARDEDTASKCHECK_H
