//===--- UnownedTaskCheck.h - async-lint ------------------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_UNOWNEDTASKCHECK_H
#define ASYNC_LINT_CHECKS_UNOWNEDTASKCHECK_H

#include "CoroutineTypesOption.h"
#include "TaskTypes.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

/// Finds work started with no owner: detached spawns, dropped eager tasks and
/// futures, completion handlers that ignore the error. Nothing can wait for
/// such work or cancel it, and its errors are lost.
///
/// For the user-facing documentation see:
/// docs/checks/async-unowned-task.md
class UnownedTaskCheck : public ClangTidyCheck {
public:
  UnownedTaskCheck(StringRef Name, ClangTidyContext *Context);
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
  /// What a spawn function entry says: its library and when it is unowned.
  struct Spawn {
    llvm::StringRef Library;
    llvm::StringRef Condition;
  };
  std::optional<Spawn> spawnOf(const Expr &Call) const;
  bool isDeliberate(const Expr &Spawned, const FunctionDecl &Function,
                    ASTContext &Context) const;
  bool isOwned(const Expr &Discarded, const FunctionDecl &Function,
               ASTContext &Context) const;
  bool isWaitedFor(const CallExpr &Task, const FunctionDecl &Function,
                   ASTContext &Context) const;
  const FunctionDecl *spawnedWork(const CallExpr &Call,
                                  const Expr *Token) const;
  bool workCanFail(const FunctionDecl &Work, const ASTContext &Context) const;
  bool expectedToThrow(SourceLocation Loc, ASTContext &Context) const;
  void checkSpawn(const CallExpr &Call, const FunctionDecl &Function,
                  ASTContext &Context);
  void checkDiscarded(const DiscardedValue &Discarded,
                      const FunctionDecl &Function, ASTContext &Context);
  void checkStartedSender(const DiscardedValue &Discarded,
                          const EagerSenderFactories::Factory &Factory,
                          const FunctionDecl &Function, ASTContext &Context);
  void noteOwnedForm(SourceLocation Loc, llvm::StringRef Library);

  CoroutineTypesOption CoroutineTypes;
  const std::string TaskTypesList;
  const std::string SpawnFunctionsList;
  const std::string DetachedTokensList;
  const std::string OwningFunctionsList;
  const std::string UnownedTaskHintsList;
  const std::string DeliberateDetachFunctionsList;
  const std::string EagerSenderFactoriesList;
  const std::string ContinuationFunctionsList;
  const std::string InBandErrorTypesList;
  const std::string ErrorRaisingFunctionsList;
  const std::string OwningWaitsList;
  const std::string ExpectThrowCallsList;

  const CoroutineLibraries Libraries;
  const TaskTypes Tasks;
  const std::vector<knowledge::Entry> SpawnEntries;
  const QualifiedNameSet SpawnFunctions;
  const QualifiedNameSet DetachedTokens;
  const QualifiedNameSet OwningFunctions;
  const llvm::StringMap<std::string> Hints;
  const QualifiedNameSet DeliberateDetachFunctions;
  const EagerSenderFactories EagerSenders;
  const QualifiedNameSet ContinuationFunctions;
  const QualifiedNameSet InBandErrorTypes;
  const QualifiedNameSet ErrorRaisingFunctions;
  const QualifiedNameSet OwningWaits;
  const ExpectThrowCalls ExpectThrow;
  /// The lambdas passed to an expect-throw assertion, seen in the function
  /// that contains them before their own bodies are walked.
  llvm::DenseSet<const FunctionDecl *> ExpectingThrow;
  /// A template's statements are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_UNOWNEDTASKCHECK_H
