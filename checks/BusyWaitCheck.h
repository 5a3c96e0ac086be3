//===--- BusyWaitCheck.h - async-lint ---------------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_BUSYWAITCHECK_H
#define ASYNC_LINT_CHECKS_BUSYWAITCHECK_H

#include "BlockingFunctions.h"
#include "CoroutineAnalysis.h"
#include "CoroutineTypesOption.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds loops in coroutines that wait for state changed elsewhere without
/// ever suspending, so they hold the thread and starve every other task on
/// the executor.
///
/// For the user-facing documentation see: docs/checks/async-busy-wait.md
class BusyWaitCheck : public ClangTidyCheck {
public:
  BusyWaitCheck(StringRef Name, ClangTidyContext *Context);
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
  /// What a loop polls through member calls on objects it does not own, when
  /// nothing else it does changes what its exits read.
  const NamedDecl *polledThroughCalls(const Stmt &Loop,
                                      llvm::ArrayRef<const Expr *> Exits,
                                      const Expr *Cond,
                                      llvm::ArrayRef<const Stmt *> Parts) const;

  CoroutineTypesOption CoroutineTypes;
  const std::string YieldPointsList;
  const std::string ThreadYieldFunctionsList;
  const std::string AtomicTypesList;
  const std::string BlockingFunctionsList;
  const std::string AdditionalBlockingFunctionsList;
  const std::string SleepFunctionsList;
  const std::string SyncWaitFunctionsList;
  const std::string PosixIOFunctionsList;

  const CoroutineLibraries Libraries;
  const llvm::StringMap<std::string> YieldPoints;
  const QualifiedNameSet ThreadYields;
  const QualifiedNameSet AtomicTypes;
  /// Loops that block are async-blocking-call-in-coroutine's finding.
  const BlockingFunctions Blocking;

  /// A template's loops are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_BUSYWAITCHECK_H
