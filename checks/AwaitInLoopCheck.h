//===--- AwaitInLoopCheck.h - async-lint ------------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_AWAITINLOOPCHECK_H
#define ASYNC_LINT_CHECKS_AWAITINLOOPCHECK_H

#include "AwaitIndependence.h"
#include "CoroutineAnalysis.h"
#include "CoroutineTypesOption.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds a `co_await` in a loop whose iterations are independent, so that
/// each operation starts only after the previous one completed although
/// they could all run concurrently.
///
/// For the user-facing documentation see:
/// docs/checks/async-await-in-loop.md
class AwaitInLoopCheck : public ClangTidyCheck {
public:
  AwaitInLoopCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
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
  /// The operation the loop awaits, when its iterations are independent.
  const CallExpr *independentOperation(const Stmt &Loop,
                                       const CoawaitExpr &Await) const;

  /// For a loop whose trip count comes from the input, the note with the
  /// library's bounded gather: the unbounded one would start one task per
  /// input element at once (async-unbounded-fan-out).
  void suggestBoundedGather(const Stmt &Loop, llvm::StringRef Library,
                            llvm::StringRef Operation);

  /// Rewrites a canonical range-for loop into the gathered form.
  void fixCanonicalLoop(const CXXForRangeStmt &Loop, const CoawaitExpr &Await,
                        const CallExpr &Operation, llvm::StringRef Library,
                        llvm::StringRef Gather, llvm::StringRef Result,
                        const ASTContext &Context,
                        DiagnosticBuilder &Note);

  CoroutineTypesOption CoroutineTypes;
  const std::string EagerTaskTypesList;
  const std::string SequentialOperationsList;
  const std::string SequentialTypesList;
  const std::string SchedulerTypesList;
  const std::string RangeGatherFormsList;
  const std::string RangeGatherHeadersList;
  const std::string BoundedRangeGatherFormsList;

  const CoroutineLibraries Libraries;
  const AwaitedOperations Operations;
  const llvm::StringMap<std::string> RangeGatherForms;
  const llvm::StringMap<std::string> RangeGatherHeaders;
  const llvm::StringMap<std::string> BoundedRangeGatherForms;
  /// A template's loops are reported once, not once per instantiation.
  utils::IncludeInserter Inserter;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_AWAITINLOOPCHECK_H
