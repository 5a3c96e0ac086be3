//===--- SequentialAwaitsCheck.h - async-lint -------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_SEQUENTIALAWAITSCHECK_H
#define ASYNC_LINT_CHECKS_SEQUENTIALAWAITSCHECK_H

#include "AwaitIndependence.h"
#include "CoroutineAnalysis.h"
#include "CoroutineTypesOption.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds consecutive `co_await`s whose results initialize or assign values
/// and whose operations do not depend on each other, so that the second
/// starts only after the first completed although both could run
/// concurrently.
///
/// For the user-facing documentation see:
/// docs/checks/async-sequential-awaits.md
class SequentialAwaitsCheck : public ClangTidyCheck {
public:
  SequentialAwaitsCheck(StringRef Name, ClangTidyContext *Context);
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

  /// A statement that stores the result of one awaited operation.
  struct AwaitedValue {
    const CoawaitExpr *Await;
    const CallExpr *Operation;
    const ValueDecl *Target;
    DeclAccess Reads, Writes, Objects;
  };

private:
  std::optional<AwaitedValue> awaitedValue(const Stmt &S) const;
  void diagnose(llvm::ArrayRef<AwaitedValue> Run, llvm::StringRef Library,
                const ASTContext &Context);

  CoroutineTypesOption CoroutineTypes;
  const std::string EagerTaskTypesList;
  const std::string SequentialOperationsList;
  const std::string WhenAllFormsList;

  const CoroutineLibraries Libraries;
  const AwaitedOperations Operations;
  const llvm::StringMap<std::string> WhenAllForms;
  /// A template's awaits are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_SEQUENTIALAWAITSCHECK_H
