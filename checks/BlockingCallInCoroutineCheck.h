//===--- BlockingCallInCoroutineCheck.h - async-lint ------------*- C++ -*-===//

#ifndef ASYNC_LINT_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
#define ASYNC_LINT_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H

#include "BlockingFunctions.h"
#include "BlockingSummary.h"
#include "CoroutineAnalysis.h"
#include "CoroutineTypesOption.h"
#include "NonBlockingDescriptor.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::async {

/// Finds calls that block the thread inside a coroutine, where they stall
/// every other task on the coroutine's executor.
///
/// For the user-facing documentation see:
/// docs/checks/async-blocking-call-in-coroutine.md
class BlockingCallInCoroutineCheck : public ClangTidyCheck {
public:
  BlockingCallInCoroutineCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    Reported.clear();
    Summaries.clear();
    Evidence.clear();
  }
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

  /// A blocking call found in a coroutine's frame.
  struct Finding {
    const Expr *Call;
    BlockingCallee Callee;
    bool InCatchHandler;      ///< `co_await` is ill-formed here
    bool NeedsParentheses;    ///< a `co_await` here must be parenthesized
  };

  /// A call or an implicit destruction in a coroutine's frame that runs an
  /// ordinary function, which may block through its own calls.
  struct ChainCandidate {
    const Expr *Call;          ///< null for a destruction
    SourceLocation Loc;
    const FunctionDecl *Target;
    const NamedDecl *Destroyed; ///< the variable, for a destruction
    QualType DestroyedType;
    bool InCatchHandler;
    bool NeedsParentheses;
  };

private:
  /// Why the findings of a coroutine lambda are not reported, from where it
  /// is created.
  enum class LambdaRole {
    Ordinary,
    SyncWaitDriver, ///< started inside `sync_wait(...)` on the waiting thread
    RunsElsewhere,  ///< handed to an executor other than the coroutine's own
  };
  LambdaRole roleOfLambda(const FunctionDecl &Coroutine);
  /// Whether \p S runs after the coroutine moved itself to another executor
  /// (`co_await resume_on(pool)`), in straight-line code.
  bool afterExecutorHop(const Stmt &Body, const Stmt &S);
  /// Whether a chain through a callable parameter of a coroutine template
  /// (a bridge) is the business of the code that passed the callable.
  bool isOffloadedCallable(const ChainCandidate &C,
                           const FunctionDecl &Coroutine,
                           const LambdaExpr *&Lambda);
  void diagnose(const Finding &F, const FunctionDecl &Coroutine,
                llvm::StringRef Library, ASTContext &Context);
  /// Reports \p C if its callee blocks and \p Skip (asked only then, as
  /// it may build the coroutine's CFG) does not rule it out.
  void diagnoseChain(const ChainCandidate &C, const FunctionDecl &Coroutine,
                     llvm::StringRef Library, ASTContext &Context,
                     llvm::function_ref<bool(const ChainCandidate &)> Skip);
  /// Notes for each step of the chain from \p F down to its blocking call.
  void noteChain(const FunctionDecl &F, ASTContext &Context);
  /// How a note names the blocking call of a chain's last step.
  std::string blockingCallName(const CallSite &Site) const;
  /// Rewrites an Asio synchronous operation into its awaitable form.
  bool fixAwaitable(const Finding &F, llvm::StringRef Library,
                    ASTContext &Context, DiagnosticBuilder &Diag);
  /// Attaches the library's awaitable sleep as a fix-it, where it is exact.
  bool fixSleep(const Finding &F, llvm::StringRef Library, ASTContext &Context,
                DiagnosticBuilder &Diag);

  CoroutineTypesOption CoroutineTypes;
  const std::string BlockingFunctionsList;
  const std::string AdditionalBlockingFunctionsList;
  const std::string SleepFunctionsList;
  const std::string SleepReplacementsList;
  const std::string SleepHeadersList;
  const std::string SleepHintsList;
  const std::string SyncWaitFunctionsList;
  const std::string PosixIOFunctionsList;
  const std::string NonBlockingMarkersList;
  const std::string MutexFunctionsList;
  const std::string OffloadFunctionsList;
  const std::string BlockingAnnotation;
  const std::string NonBlockingAnnotation;
  const std::string AwaitableOperationsList;
  const std::string AwaitableTokensList;
  const std::string AwaitableTokenHeadersList;
  const std::string ReadinessQueriesList;
  const std::string CompletedResultSourcesList;
  const std::string InMemoryStreamsList;
  const std::string WakeUpWriteFunctionsList;
  const std::string ExecutorHopsList;
  const std::string BlockingIOHintsList;
  const bool CheckPosixIO;
  const bool CheckMutexLocks;
  const unsigned MaxCallDepth;

  const CoroutineLibraries Libraries;
  const BlockingFunctions Blocking;
  const llvm::StringMap<std::string> SleepReplacements;
  const llvm::StringMap<std::string> SleepHeaders;
  const llvm::StringMap<std::string> SleepHints;
  const std::vector<llvm::StringRef> NonBlockingMarkers;
  const std::vector<knowledge::Entry> AwaitableOperations;
  const QualifiedNameSet AwaitableOperationNames;
  const llvm::StringMap<std::string> AwaitableTokens;
  const llvm::StringMap<std::string> AwaitableTokenHeaders;
  const QualifiedNameSet ExecutorHops;
  const QualifiedNameSet Offload;
  const llvm::StringMap<std::string> BlockingIOHints;
  NonBlockingEvidence Evidence;
  BlockingSummaries Summaries;

  utils::IncludeInserter Inserter;
  /// A template's calls are reported once, not once per instantiation.
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif // ASYNC_LINT_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
