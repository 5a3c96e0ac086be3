//===--- AllOrNothingWaitCheck.h - async-lint -------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H
#define ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H

#include "LibraryKnowledge.h"
#include "QualifiedNameSet.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/GlobPattern.h"

namespace clang::tidy::async {

/// Finds all-or-nothing combinators in coroutines that lose a usable partial
/// result: when one task fails, the results of the others, which the code
/// uses on their own, are discarded.
///
/// For the user-facing documentation see:
/// docs/checks/async-all-or-nothing-wait.md
class AllOrNothingWaitCheck : public ClangTidyCheck {
public:
  AllOrNothingWaitCheck(StringRef Name, ClangTidyContext *Context);
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
  void diagnose(const CallExpr &Call, unsigned Entry, SourceLocation UseLoc,
                bool OneByOne, ASTContext &Context);
  /// Whether the task \p Child cannot fail.
  bool cannotFail(const Expr &Child) const;
  /// Whether the task \p Child is a timer, a deadline or a watchdog.
  bool isTimer(const Expr &Child) const;
  /// Whether the result type \p T carries errors as values.
  bool isErrorValue(QualType T) const;
  /// Whether \p Loc is spelled inside an assertion macro.
  bool inAssertion(SourceLocation Loc, const ASTContext &Context) const;
  /// \p Text with each name the translation unit does not declare replaced
  /// by its fallback spelling.
  std::string spelledForThisUnit(std::string Text,
                                 const ASTContext &Context) const;

  const std::string CombinatorsList;
  const std::string NonCancellingList;
  const std::string NoThrowWrappersList;
  const std::string TimerOperationsList;
  const std::string ErrorValueTypesList;
  const std::string AssertionMacrosList;
  const std::string SpellingFallbacksList;
  const bool CheckAwaitableOperators;

  const std::vector<knowledge::Entry> Combinators;
  const QualifiedNameSet CombinatorNames;
  const QualifiedNameSet NonCancelling;
  const QualifiedNameSet NoThrowWrappers;
  const QualifiedNameSet TimerOperations;
  const QualifiedNameSet ErrorValueTypes;
  std::vector<llvm::GlobPattern> AssertionMacros;
  const std::vector<knowledge::Entry> SpellingFallbacks;

  /// A template's calls are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_ALLORNOTHINGWAITCHECK_H
