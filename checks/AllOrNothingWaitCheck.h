//===--- AllOrNothingWaitCheck.h - async-lint -------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H
#define ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H

#include "LibraryKnowledge.h"
#include "QualifiedNameSet.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds all-or-nothing combinators in coroutines, which lose the results
/// of every task as soon as one task fails, where the library has an
/// error-collecting counterpart.
///
/// For the user-facing documentation see:
/// docs/checks/async-all-or-nothing-wait.md
class AllOrNothingWaitCheck : public ClangTidyCheck {
public:
  AllOrNothingWaitCheck(StringRef Name, ClangTidyContext *Context);
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
  void diagnose(const CallExpr &Call, unsigned Entry, bool InCatchHandler,
                bool HasNestedCombinator, ASTContext &Context);
  /// Includes what the counterpart of combinator \p E needs in the file of
  /// \p Loc.
  void insertHeadersFor(const knowledge::Entry &E, SourceLocation Loc,
                        const ASTContext &Context, DiagnosticBuilder &Note);
  /// Whether the task \p Child cannot fail.
  bool cannotFail(const Expr &Child) const;

  const std::string CombinatorsList;
  const std::string HeadersList;
  const std::string NonCancellingList;
  const std::string NoThrowWrappersList;
  const bool CheckAwaitableOperators;

  const std::vector<knowledge::Entry> Combinators;
  const QualifiedNameSet CombinatorNames;
  /// Per combinator name, the headers its counterpart needs.
  const llvm::StringMap<std::string> Headers;
  const QualifiedNameSet NonCancelling;
  const QualifiedNameSet NoThrowWrappers;
  utils::IncludeInserter Inserter;

  /// A template's calls are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H
