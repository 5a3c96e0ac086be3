//===--- BlockingCallInCoroutineCheck.cpp - async-lint --------------------===//

#include "BlockingCallInCoroutineCheck.h"
#include "CallTargets.h"
#include "CoroutineFrameVisitor.h"
#include "HeaderInsertion.h"
#include "NonBlockingDescriptor.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <functional>
#include <memory>

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

using Finding = BlockingCallInCoroutineCheck::Finding;
using ChainCandidate = BlockingCallInCoroutineCheck::ChainCandidate;

/// Collects the blocking calls made in a coroutine's own frame, and the
/// calls and destructions whose callees may block.
class BlockingCallCollector
    : public CoroutineFrameVisitor<BlockingCallCollector> {
public:
  BlockingCallCollector(const BlockingFunctions &Blocking,
                        const BlockingSummaries &Summaries)
      : Blocking(Blocking), Summaries(Summaries) {}

  std::vector<Finding> Findings;
  std::vector<ChainCandidate> Candidates;

  bool VisitCallExpr(CallExpr *Call) { return record(Call); }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return record(Construct);
  }
  // A call whose result is awaited starts an operation; the await suspends.
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (const Expr *Operand = Await->getOperand())
      Awaited.insert(Operand->IgnoreImplicit());
    return true;
  }
  // Locals and temporaries are destroyed in the coroutine too (a
  // `std::jthread` joins). Parameters live in the frame until it is freed.
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
      if (const CXXDestructorDecl *Destructor =
              BlockingSummaries::destructorOf(Var->getType()))
        Candidates.push_back({nullptr, Var->getLocation(), Destructor, Var,
                              Var->getType(), inCatchHandler(), false});
    return true;
  }
  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *Temporary) {
    if (const CXXDestructorDecl *Destructor =
            Temporary->getTemporary()->getDestructor())
      Candidates.push_back({nullptr, Temporary->getExprLoc(), Destructor,
                            nullptr, Temporary->getType(), inCatchHandler(),
                            false});
    return true;
  }

  // `co_await` binds looser than a postfix operator: an expression that is
  // the base of one needs parentheses once it becomes a `co_await`.
  bool VisitMemberExpr(MemberExpr *Member) {
    return markPostfixOperand(Member->getBase());
  }
  bool VisitArraySubscriptExpr(ArraySubscriptExpr *Subscript) {
    return markPostfixOperand(Subscript->getBase());
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    return Op->isPostfix() ? markPostfixOperand(Op->getSubExpr()) : true;
  }

private:
  bool record(Expr *Call) {
    if (Awaited.contains(Call))
      return true;
    if (std::optional<BlockingCallee> Callee = Blocking.classify(*Call))
      Findings.push_back({Call, *Callee, inCatchHandler(),
                          PostfixOperands.contains(Call)});
    else if (const FunctionDecl *Target = Summaries.followedCallee(*Call))
      Candidates.push_back({Call, SourceLocation(), Target, nullptr,
                            QualType(), inCatchHandler(),
                            PostfixOperands.contains(Call)});
    return true;
  }
  bool markPostfixOperand(Expr *E) {
    PostfixOperands.insert(E->IgnoreImplicit());
    return true;
  }

  const BlockingFunctions &Blocking;
  const BlockingSummaries &Summaries;
  llvm::SmallPtrSet<const Expr *, 4> PostfixOperands;
  llvm::SmallPtrSet<const Expr *, 4> Awaited;
};

/// How a diagnostic names the callee: as the user sees it, through the
/// class of the object it is called on ('std::future::wait', although
/// libstdc++ declares `wait` in a base class), without template arguments.
std::string calleeName(const Expr &Call, const NamedDecl &Callee) {
  if (const CXXRecordDecl *Class = objectClassOf(Call))
    return displayName(*Class) + "::" + lookupName(Callee);
  return displayName(Callee);
}

/// Whether a `std::chrono::duration` argument of sleep function \p Callee
/// converts to milliseconds without loss: the coarsest parameter type among
/// the libraries' sleeps (QCoro takes milliseconds).
bool isWholeMilliseconds(const NamedDecl &Callee) {
  const auto *F = dyn_cast<FunctionDecl>(&Callee);
  const TemplateArgumentList *Args =
      F ? F->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() != 2 ||
      Args->get(0).getKind() != TemplateArgument::Type ||
      Args->get(1).getKind() != TemplateArgument::Type)
    return false;
  if (!Args->get(0).getAsType()->isIntegerType())
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Args->get(1).getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgument &Num = Ratio->getTemplateArgs()[0];
  const TemplateArgument &Den = Ratio->getTemplateArgs()[1];
  if (Num.getKind() != TemplateArgument::Integral ||
      Den.getKind() != TemplateArgument::Integral)
    return false;
  int64_t N = Num.getAsIntegral().getSExtValue();
  int64_t D = Den.getAsIntegral().getSExtValue();
  return N > 0 && D > 0 && (N * 1000) % D == 0;
}

/// The arguments of a call, without the function object of a call through
/// `operator()` (a customization point object such as `stdexec::sync_wait`).
llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
}

/// \p Template with `$0` replaced by \p Argument.
std::string instantiate(llvm::StringRef Template, llvm::StringRef Argument) {
  std::string Result;
  for (size_t Pos; (Pos = Template.find("$0")) != llvm::StringRef::npos;) {
    Result += Template.take_front(Pos);
    Result += Argument;
    Template = Template.drop_front(Pos + 2);
  }
  Result += Template;
  return Result;
}

/// How a note names a function of a chain: quoted, or "the lambda".
std::string describe(const FunctionDecl &F) {
  if (isLambdaCallOperator(F))
    return "the lambda";
  return "'" + displayName(F) + "'";
}

/// Whether \p F reports errors through an `error_code&` parameter: its
/// awaitable form has another signature.
bool takesErrorCode(const FunctionDecl &F) {
  for (const ParmVarDecl *Param : F.parameters()) {
    QualType Type = Param->getType();
    if (!Type->isLValueReferenceType() ||
        Type->getPointeeType().isConstQualified())
      continue;
    if (const CXXRecordDecl *Record =
            Type->getPointeeType()->getAsCXXRecordDecl())
      if (Record->getName() == "error_code")
        return true;
  }
  return false;
}

/// How a diagnostic names a coroutine: qualified, without the template
/// arguments of an instantiation, so that a template is one finding.
std::string coroutineName(const FunctionDecl &Coroutine) {
  return displayName(Coroutine);
}

bool findLambda(const Stmt *S, const CXXRecordDecl &Class,
                llvm::SmallVectorImpl<const Stmt *> &Path) {
  if (!S)
    return false;
  Path.push_back(S);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    if (Lambda->getLambdaClass() == &Class)
      return true;
  for (const Stmt *Child : S->children())
    if (findLambda(Child, Class, Path))
      return true;
  Path.pop_back();
  return false;
}

/// Where the lambda of class \p Class is written: the function around it
/// and the statements from that function's body down to the lambda.
struct LambdaSite {
  const FunctionDecl *Enclosing = nullptr;
  llvm::SmallVector<const Stmt *, 16> Path; ///< ends with the LambdaExpr
  const LambdaExpr *lambda() const {
    return Path.empty() ? nullptr : cast<LambdaExpr>(Path.back());
  }
};

std::optional<LambdaSite> siteOfLambda(const CXXRecordDecl &Class) {
  const DeclContext *Context = Class.getDeclContext();
  while (Context && !isa<FunctionDecl>(Context)) {
    if (Context->isFileContext())
      return std::nullopt;
    Context = Context->getParent();
  }
  const auto *Enclosing = dyn_cast_or_null<FunctionDecl>(Context);
  if (!Enclosing || !Enclosing->getBody())
    return std::nullopt;
  LambdaSite Site;
  Site.Enclosing = Enclosing;
  if (!findLambda(Enclosing->getBody(), Class, Site.Path))
    return std::nullopt;
  return Site;
}

/// Whether \p E names the executor the coroutine runs on: it was obtained by
/// `co_await` (`co_await this_coro::executor`, `co_await
/// co_current_executor`).
bool isOwnExecutor(const Expr *E) {
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  if (isa<CoawaitExpr>(E))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const Expr *Init = Var->getInit()) {
        Init = Init->IgnoreImplicit();
        if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
          if (Construct->getNumArgs() == 1)
            Init = Construct->getArg(0)->IgnoreImplicit();
        return isa<CoawaitExpr>(Init);
      }
  return false;
}

/// The first argument of a call: the executor of `co_spawn(pool, ...)`,
/// `co_withExecutor(executor, task)`, `task.scheduleOn(executor)`.
const Expr *executorArgument(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args = argumentsOf(Call);
  return Args.empty() ? nullptr : Args.front();
}

/// The executor pointer that condition \p Cond tests for null, and whether
/// the condition holds when it is null: `!ex`, `ex == nullptr`, `ex`.
std::optional<bool> nullTestOfOwnExecutor(const Expr *Cond) {
  if (!Cond)
    return std::nullopt;
  Cond = Cond->IgnoreParenImpCasts();
  auto IsOwnPointer = [](const Expr *E) {
    E = E->IgnoreParenImpCasts();
    return E->getType()->isPointerType() && isa<DeclRefExpr>(E) &&
           isOwnExecutor(E);
  };
  auto IsNull = [](const Expr *E) {
    return isa<CXXNullPtrLiteralExpr, GNUNullExpr>(E->IgnoreParenImpCasts());
  };
  if (const auto *Compare = dyn_cast<BinaryOperator>(Cond))
    if (Compare->isEqualityOp() &&
        ((IsOwnPointer(Compare->getLHS()) && IsNull(Compare->getRHS())) ||
         (IsOwnPointer(Compare->getRHS()) && IsNull(Compare->getLHS()))))
      return Compare->getOpcode() == BO_EQ;
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond))
    if (Not->getOpcode() == UO_LNot && IsOwnPointer(Not->getSubExpr()))
      return true;
  if (IsOwnPointer(Cond))
    return false;
  return std::nullopt;
}

/// Whether \p Before comes before \p After in the source.
bool isBefore(SourceLocation Before, SourceLocation After,
              const SourceManager &SM) {
  return SM.isBeforeInTranslationUnit(Before, After);
}

/// The first `co_await` in \p S, in source order.
SourceLocation firstAwait(const Stmt *S, const SourceManager &SM) {
  if (!S || isa<LambdaExpr>(S))
    return SourceLocation();
  SourceLocation First;
  if (isa<CoawaitExpr>(S) || isa<CoyieldExpr>(S))
    First = S->getBeginLoc();
  for (const Stmt *Child : S->children()) {
    SourceLocation Loc = firstAwait(Child, SM);
    if (Loc.isValid() && (First.isInvalid() || isBefore(Loc, First, SM)))
      First = Loc;
  }
  return First;
}

} // namespace

BlockingCallInCoroutineCheck::BlockingCallInCoroutineCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
      BlockingFunctionsList(
          Options.get("BlockingFunctions", knowledge::BlockingFunctions)),
      AdditionalBlockingFunctionsList(
          Options.get("AdditionalBlockingFunctions", "")),
      SleepFunctionsList(
          Options.get("SleepFunctions", knowledge::SleepFunctions)),
      SleepReplacementsList(
          Options.get("SleepReplacements", knowledge::SleepReplacements)),
      SleepHeadersList(Options.get("SleepHeaders", knowledge::SleepHeaders)),
      SleepHintsList(Options.get("SleepHints", knowledge::SleepHints)),
      SyncWaitFunctionsList(
          Options.get("SyncWaitFunctions", knowledge::SyncWaitFunctions)),
      PosixIOFunctionsList(
          Options.get("PosixIOFunctions", knowledge::PosixIOFunctions)),
      NonBlockingMarkersList(
          Options.get("NonBlockingMarkers", knowledge::NonBlockingMarkers)),
      MutexFunctionsList(
          Options.get("MutexFunctions", knowledge::MutexFunctions)),
      OffloadFunctionsList(
          Options.get("OffloadFunctions", knowledge::OffloadFunctions)),
      BlockingAnnotation(Options.get("BlockingAnnotation", "async::blocking")),
      NonBlockingAnnotation(
          Options.get("NonBlockingAnnotation", "async::nonblocking")),
      AwaitableOperationsList(
          Options.get("AwaitableOperations", knowledge::AwaitableOperations)),
      AwaitableTokensList(
          Options.get("AwaitableTokens", knowledge::AwaitableTokens)),
      AwaitableTokenHeadersList(Options.get("AwaitableTokenHeaders",
                                            knowledge::AwaitableTokenHeaders)),
      ReadinessQueriesList(
          Options.get("ReadinessQueries", knowledge::ReadinessQueries)),
      CompletedResultSourcesList(Options.get(
          "CompletedResultSources", knowledge::CompletedResultSources)),
      InMemoryStreamsList(
          Options.get("InMemoryStreams", knowledge::InMemoryStreams)),
      WakeUpWriteFunctionsList(
          Options.get("WakeUpWriteFunctions", knowledge::WakeUpWriteFunctions)),
      ExecutorHopsList(Options.get("ExecutorHops", knowledge::ExecutorHops)),
      BlockingIOHintsList(
          Options.get("BlockingIOHints", knowledge::BlockingIOHints)),
      CheckPosixIO(Options.get("CheckPosixIO", true)),
      CheckMutexLocks(Options.get("CheckMutexLocks", false)),
      MaxCallDepth(Options.get("MaxCallDepth", 8U)),
      Libraries(CoroutineTypes.list()),
      Blocking(BlockingFunctionLists{
          BlockingFunctionsList, AdditionalBlockingFunctionsList,
          SleepFunctionsList, SyncWaitFunctionsList,
          CheckPosixIO ? StringRef(PosixIOFunctionsList) : StringRef(),
          CheckMutexLocks ? StringRef(MutexFunctionsList) : StringRef()}),
      SleepReplacements(knowledge::parseLibraryMap(SleepReplacementsList)),
      SleepHeaders(knowledge::parseLibraryMap(SleepHeadersList)),
      SleepHints(knowledge::parseLibraryMap(SleepHintsList)),
      NonBlockingMarkers(
          utils::options::parseStringList(NonBlockingMarkersList)),
      AwaitableOperations(knowledge::parseEntries(AwaitableOperationsList)),
      AwaitableOperationNames(knowledge::keysOf(AwaitableOperations)),
      AwaitableTokens(knowledge::parseLibraryMap(AwaitableTokensList)),
      AwaitableTokenHeaders(
          knowledge::parseLibraryMap(AwaitableTokenHeadersList)),
      ExecutorHops(knowledge::namesIn(ExecutorHopsList)),
      Offload(knowledge::namesIn(OffloadFunctionsList)),
      BlockingIOHints(knowledge::parseLibraryMap(BlockingIOHintsList)),
      Evidence(NonBlockingEvidenceLists{
          ReadinessQueriesList, CompletedResultSourcesList, InMemoryStreamsList,
          WakeUpWriteFunctionsList, NonBlockingMarkers}),
      Summaries(Blocking, Evidence,
                BlockingSummaryOptions{OffloadFunctionsList, BlockingAnnotation,
                                       NonBlockingAnnotation,
                                       NonBlockingMarkers}),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void BlockingCallInCoroutineCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
  Options.store(Opts, "BlockingFunctions", BlockingFunctionsList);
  Options.store(Opts, "AdditionalBlockingFunctions",
                AdditionalBlockingFunctionsList);
  Options.store(Opts, "SleepFunctions", SleepFunctionsList);
  Options.store(Opts, "SleepReplacements", SleepReplacementsList);
  Options.store(Opts, "SleepHeaders", SleepHeadersList);
  Options.store(Opts, "SleepHints", SleepHintsList);
  Options.store(Opts, "SyncWaitFunctions", SyncWaitFunctionsList);
  Options.store(Opts, "PosixIOFunctions", PosixIOFunctionsList);
  Options.store(Opts, "NonBlockingMarkers", NonBlockingMarkersList);
  Options.store(Opts, "MutexFunctions", MutexFunctionsList);
  Options.store(Opts, "CheckPosixIO", CheckPosixIO);
  Options.store(Opts, "CheckMutexLocks", CheckMutexLocks);
  Options.store(Opts, "OffloadFunctions", OffloadFunctionsList);
  Options.store(Opts, "BlockingAnnotation", BlockingAnnotation);
  Options.store(Opts, "NonBlockingAnnotation", NonBlockingAnnotation);
  Options.store(Opts, "MaxCallDepth", MaxCallDepth);
  Options.store(Opts, "AwaitableOperations", AwaitableOperationsList);
  Options.store(Opts, "AwaitableTokens", AwaitableTokensList);
  Options.store(Opts, "AwaitableTokenHeaders", AwaitableTokenHeadersList);
  Options.store(Opts, "ReadinessQueries", ReadinessQueriesList);
  Options.store(Opts, "CompletedResultSources", CompletedResultSourcesList);
  Options.store(Opts, "InMemoryStreams", InMemoryStreamsList);
  Options.store(Opts, "WakeUpWriteFunctions", WakeUpWriteFunctionsList);
  Options.store(Opts, "ExecutorHops", ExecutorHopsList);
  Options.store(Opts, "BlockingIOHints", BlockingIOHintsList);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void BlockingCallInCoroutineCheck::registerPPCallbacks(
    const SourceManager &, Preprocessor *PP, Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void BlockingCallInCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
  Finder->addMatcher(coroutineDefinition(), this);
}

static bool withoutExecutor(const Stmt &Body, const Stmt &S);

void BlockingCallInCoroutineCheck::check(
    const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  BlockingCallCollector Collector(Blocking, Summaries);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  if (Collector.Findings.empty() && Collector.Candidates.empty())
    return;
  ASTContext &Context = *Result.Context;
  const SourceManager &SM = Context.getSourceManager();

  // A coroutine lambda started inside `sync_wait(...)` runs on the thread
  // that waits, up to its first suspension; one handed to another executor
  // runs there. Where the lambda is written is looked up only when there is
  // something to report.
  std::optional<LambdaRole> Role;
  SourceLocation DriverEnd;
  auto RunsOffExecutor = [&](SourceLocation Loc) {
    if (!isLambdaCallOperator(*Coroutine))
      return false;
    if (!Role) {
      Role = roleOfLambda(*Coroutine);
      if (*Role == LambdaRole::SyncWaitDriver)
        DriverEnd = firstAwait(Body, SM);
    }
    switch (*Role) {
    case LambdaRole::RunsElsewhere:
      return true;
    case LambdaRole::SyncWaitDriver:
      return DriverEnd.isInvalid() || isBefore(Loc, DriverEnd, SM);
    case LambdaRole::Ordinary:
      return false;
    }
    return false;
  };
  std::unique_ptr<FatalPaths> Fatal;
  auto OnFatalPath = [&](const Stmt &S) {
    if (!Fatal)
      Fatal = std::make_unique<FatalPaths>(*Coroutine, *Body, Context);
    return Fatal->onlyOnFatalPath(S);
  };

  llvm::StringRef Library = Libraries.libraryOf(*Coroutine);
  for (const Finding &F : Collector.Findings) {
    if (Evidence.shownNonBlocking(*F.Call, F.Callee, *Body, Context) ||
        RunsOffExecutor(F.Call->getBeginLoc()) || OnFatalPath(*F.Call) ||
        afterExecutorHop(*Body, *F.Call) || withoutExecutor(*Body, *F.Call))
      continue;
    diagnose(F, *Coroutine, Library, Context);
  }
  for (ChainCandidate &C : Collector.Candidates) {
    if (C.Call)
      C.Loc = calleeNameLoc(*C.Call);
    diagnoseChain(C, *Coroutine, Library, Context,
                  [&](const ChainCandidate &C) {
                    if (RunsOffExecutor(C.Call ? C.Call->getBeginLoc()
                                               : C.Loc))
                      return true;
                    return C.Call && (OnFatalPath(*C.Call) ||
                                      afterExecutorHop(*Body, *C.Call) ||
                                      withoutExecutor(*Body, *C.Call));
                  });
  }
}

BlockingCallInCoroutineCheck::LambdaRole
BlockingCallInCoroutineCheck::roleOfLambda(const FunctionDecl &Coroutine) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&Coroutine);
  std::optional<LambdaSite> Site =
      Method ? siteOfLambda(*Method->getParent()) : std::nullopt;
  if (!Site)
    return LambdaRole::Ordinary;
  const LambdaExpr *Lambda = Site->lambda();
  const bool EnclosingIsCoroutine =
      isa<CoroutineBodyStmt>(Site->Enclosing->getBody());
  const Expr *Invocation = nullptr; // `[]() -> task<> {...}()`
  for (size_t I = Site->Path.size() - 1; I-- > 0;) {
    const auto *Call = dyn_cast<CallExpr>(Site->Path[I]);
    if (!Call)
      continue;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (!Invocation && Op->getOperator() == OO_Call &&
          Op->getArg(0)->IgnoreImplicit() == Lambda) {
        Invocation = Op;
        continue;
      }
    if (!EnclosingIsCoroutine && Invocation) {
      std::optional<BlockingCallee> Callee = Blocking.classify(*Call);
      if (Callee && Callee->Kind == BlockingKind::SyncWait)
        return LambdaRole::SyncWaitDriver;
    }
    if (EnclosingIsCoroutine && findCallee(Offload, *Call) &&
        !isOwnExecutor(executorArgument(*Call)))
      return LambdaRole::RunsElsewhere;
  }
  return LambdaRole::Ordinary;
}

/// Whether \p S runs only when the coroutine has no executor: in the branch
/// of `if (!ex)` where `ex` is the executor pointer it got by `co_await`
/// (`auto ex = co_await CurrentExecutor();`). Blocking stalls no executor.
static bool withoutExecutor(const Stmt &Body, const Stmt &S) {
  llvm::SmallVector<const Stmt *, 16> Path = pathTo(Body, S);
  for (size_t I = Path.size(); I-- > 1;)
    if (const auto *If = dyn_cast<IfStmt>(Path[I - 1]))
      if (std::optional<bool> WhenNull = nullTestOfOwnExecutor(If->getCond()))
        if ((*WhenNull && Path[I] == If->getThen()) ||
            (!*WhenNull && Path[I] == If->getElse()))
          return true;
  return false;
}

bool BlockingCallInCoroutineCheck::afterExecutorHop(const Stmt &Body,
                                                    const Stmt &S) {
  if (ExecutorHops.empty())
    return false;
  // What a statement tells about the executor: it hops to another one, it
  // may resume elsewhere (any other await, a hop that is not awaited: the
  // code meant to move and the check cannot tell where it is), or nothing.
  enum class Effect { None, Hop, Unknown };
  std::function<Effect(const Stmt *)> EffectOf = [&](const Stmt *Node) {
    if (!Node || isa<LambdaExpr>(Node))
      return Effect::None;
    if (const auto *Await = dyn_cast<CoawaitExpr>(Node)) {
      const auto *Call =
          dyn_cast_or_null<CallExpr>(Await->getOperand()->IgnoreImplicit());
      if (Call && findCallee(ExecutorHops, *Call))
        return isOwnExecutor(executorArgument(*Call)) ? Effect::Unknown
                                                       : Effect::Hop;
      return Effect::Unknown;
    }
    if (isa<CoyieldExpr>(Node))
      return Effect::Unknown;
    if (const auto *Call = dyn_cast<CallExpr>(Node))
      if (findCallee(ExecutorHops, *Call))
        return Effect::Unknown;
    Effect Result = Effect::None;
    for (const Stmt *Child : Node->children()) {
      Effect E = EffectOf(Child);
      if (E == Effect::Unknown)
        return E;
      if (E == Effect::Hop)
        Result = E;
    }
    return Result;
  };
  llvm::SmallVector<const Stmt *, 16> Path = pathTo(Body, S);
  for (size_t I = Path.size(); I-- > 1;) {
    const Stmt *Parent = Path[I - 1];
    const Stmt *Child = Path[I];
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Parent) &&
        EffectOf(Parent) != Effect::None)
      return false; // an earlier iteration may have moved on
    const auto *Block = dyn_cast<CompoundStmt>(Parent);
    if (!Block)
      continue;
    auto Statements = Block->body();
    auto It = llvm::find(Statements, Child);
    while (It != Statements.begin()) {
      --It;
      switch (EffectOf(*It)) {
      case Effect::Hop:
        return true;
      case Effect::Unknown:
        return false;
      case Effect::None:
        break;
      }
    }
  }
  return false;
}

bool BlockingCallInCoroutineCheck::isOffloadedCallable(
    const ChainCandidate &C, const FunctionDecl &Coroutine,
    const LambdaExpr *&Lambda) {
  Lambda = nullptr;
  // `callable(arguments...)` where `callable` is a parameter of the
  // coroutine: the blocking belongs to whoever passed it.
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(C.Call);
  if (!Op || Op->getOperator() != OO_Call)
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!Param || Param->getDeclContext() != &Coroutine ||
      !isLambdaCallOperator(*C.Target))
    return false;
  std::optional<LambdaSite> Site =
      siteOfLambda(*cast<CXXMethodDecl>(C.Target)->getParent());
  if (!Site || Site->Enclosing == &Coroutine)
    return false;
  Lambda = Site->lambda();
  for (const Stmt *S : Site->Path)
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (findCallee(Offload, *Call))
        return true; // `executor->submit(lambda)`: it runs on that executor
  return false;
}

void BlockingCallInCoroutineCheck::diagnoseChain(
    const ChainCandidate &C, const FunctionDecl &Coroutine,
    llvm::StringRef Library, ASTContext &Context,
    llvm::function_ref<bool(const ChainCandidate &)> Skip) {
  std::optional<BlockingCallee> Listed;
  if (!C.Call)
    Listed = Blocking.classifyFunction(*C.Target); // `~jthread`
  const unsigned Distance =
      Listed ? 0 : Summaries.distance(*C.Target, Context);
  if (Distance == BlockingSummaries::Infinite || Distance > MaxCallDepth ||
      Skip(C))
    return;
  if (Distance == 0 && C.Call) {
    // A call to a function marked blocking is a blocking call.
    if (Reported.contains(C.Loc))
      return;
    diagnose({C.Call, BlockingCallee{C.Target, BlockingKind::Generic, ""},
              C.InCatchHandler, C.NeedsParentheses},
             Coroutine, Library, Context);
    if (const AnnotateAttr *Mark = Summaries.blockingMark(*C.Target))
      diag(Mark->getLocation(), "%0 is marked blocking here",
           DiagnosticIDs::Note)
          << describe(*C.Target);
    return;
  }
  // The blocking call the chain ends in names the finding.
  const FunctionDecl *Last = C.Target;
  std::string Blocker = displayName(*C.Target);
  if (Distance > 0) {
    while (Summaries.distance(*Last, Context) > 1)
      Last = Summaries.step(*Last).Target;
    Blocker = blockingCallName(Summaries.step(*Last));
  }
  const LambdaExpr *Passed = nullptr;
  if (isOffloadedCallable(C, Coroutine, Passed))
    return;
  if (Passed) {
    // A coroutine template that calls the caller's lambda: the finding is
    // the caller's, at the lambda it passed.
    SourceLocation Loc = Passed->getBeginLoc();
    if (!Reported.insert(Loc).second)
      return;
    diag(Loc, "lambda passed to coroutine '%0' blocks in '%1' when the "
              "coroutine calls it, and stalls every task on its executor")
        << coroutineName(Coroutine) << Blocker;
    diag(C.Loc, "'%0' calls it here", DiagnosticIDs::Note)
        << coroutineName(Coroutine);
    if (Distance > 0)
      noteChain(*C.Target, Context);
    return;
  }
  if (!Reported.insert(C.Loc).second)
    return;
  std::string What;
  if (C.Call)
    What = describe(*C.Target);
  else if (C.Destroyed)
    What = "'" + C.Destroyed->getNameAsString() + "'";
  else
    What = "a temporary '" + C.DestroyedType.getAsString() + "'";
  diag(C.Loc, "%select{call to|destruction of}0 %1 inside %select{coroutine "
              "'%3'|a coroutine lambda}2 blocks in '%4' and stalls every task "
              "on its executor")
      << (C.Call ? 0 : 1) << What << isLambdaCallOperator(Coroutine)
      << coroutineName(Coroutine) << Blocker;
  if (Distance > 0)
    noteChain(*C.Target, Context);
  else if (const AnnotateAttr *Mark = Summaries.blockingMark(*C.Target))
    diag(Mark->getLocation(), "%0 is marked blocking here",
         DiagnosticIDs::Note)
        << describe(*C.Target);
}

void BlockingCallInCoroutineCheck::noteChain(const FunctionDecl &Start,
                                             ASTContext &Context) {
  const FunctionDecl *F = &Start;
  while (Summaries.distance(*F, Context) > 1) {
    const CallSite &Site = Summaries.step(*F);
    diag(Site.Loc, "%0 calls %1 here", DiagnosticIDs::Note)
        << describe(*F) << describe(*Site.Target);
    F = Site.Target;
  }
  const CallSite &Site = Summaries.step(*F);
  diag(Site.Loc, "%0 blocks in '%1' here", DiagnosticIDs::Note)
      << describe(*F) << blockingCallName(Site);
  if (Site.Target)
    if (const AnnotateAttr *Mark = Summaries.blockingMark(*Site.Target))
      diag(Mark->getLocation(), "%0 is marked blocking here",
           DiagnosticIDs::Note)
          << describe(*Site.Target);
}

std::string
BlockingCallInCoroutineCheck::blockingCallName(const CallSite &Site) const {
  const NamedDecl *Callee =
      Site.Direct ? Site.Direct->Callee : static_cast<const NamedDecl *>(
                                              Site.Target);
  return Site.Call ? calleeName(*Site.Call, *Callee)
                   : displayName(*Callee);
}

void BlockingCallInCoroutineCheck::diagnose(const Finding &F,
                                            const FunctionDecl &Coroutine,
                                            llvm::StringRef Library,
                                            ASTContext &Context) {
  SourceLocation Loc = calleeNameLoc(*F.Call);
  if (!Reported.insert(Loc).second)
    return;
  const std::string Callee = calleeName(*F.Call, *F.Callee.Callee);
  const bool InLambda = isLambdaCallOperator(Coroutine);
  const auto *Call = dyn_cast<CallExpr>(F.Call);

  if (F.Callee.Kind == BlockingKind::SyncWait) {
    llvm::StringRef Awaited = Call && argumentsOf(*Call).size() == 1
                                  ? textOf(*argumentsOf(*Call)[0], Context)
                                  : "";
    std::string Replacement = ("co_await " + Awaited).str();
    if (F.NeedsParentheses)
      Replacement = "(" + Replacement + ")";
    // `library` or `library:nested-loop`.
    auto [FixLibrary, Flavor] = F.Callee.Detail.split(':');
    const bool NestedLoop = Flavor == "nested-loop";
    const bool CanFix = !Awaited.empty() && !Library.empty() &&
                        FixLibrary == Library && !F.InCatchHandler &&
                        !textOf(*F.Call, Context).empty();
    {
      DiagnosticBuilder Diag =
          NestedLoop
              ? diag(Loc, "'%0' inside %select{coroutine '%2'|a coroutine "
                          "lambda}1 runs a nested event loop until the "
                          "awaited work completes: the coroutine holds its "
                          "thread while other events run re-entrantly under "
                          "it")
              : diag(Loc, "'%0' inside %select{coroutine '%2'|a coroutine "
                          "lambda}1 blocks the thread until the awaited work "
                          "completes, and deadlocks if that work needs this "
                          "thread");
      Diag << Callee << InLambda << coroutineName(Coroutine);
      if (CanFix)
        Diag << FixItHint::CreateReplacement(F.Call->getSourceRange(),
                                             Replacement);
    }
    if (!CanFix && !Awaited.empty())
      diag(Loc, "await it instead: '%0'", DiagnosticIDs::Note) << Replacement;
    return;
  }

  const unsigned What = F.Callee.Kind == BlockingKind::PosixIO ? 1
                        : F.Callee.Kind == BlockingKind::Mutex ? 2
                                                               : 0;
  bool Fixed = false;
  {
    DiagnosticBuilder Diag =
        diag(Loc, "%select{blocking call to|blocking I/O call to|mutex lock "
                  "through}0 '%1' inside %select{coroutine '%3'|a coroutine "
                  "lambda}2 stalls every task on its executor")
        << What << Callee << InLambda << coroutineName(Coroutine);
    if (F.Callee.Kind == BlockingKind::Sleep)
      Fixed = fixSleep(F, Library, Context, Diag);
    else if (F.Callee.Kind == BlockingKind::Generic)
      Fixed = fixAwaitable(F, Library, Context, Diag);
  }
  if (F.Callee.Kind == BlockingKind::Sleep && !Fixed && Call &&
      Call->getNumArgs() == 1) {
    // No fix-it was possible here: show the replacement.
    auto Replacement = SleepReplacements.find(Library);
    auto Hint = SleepHints.find(Library);
    llvm::StringRef Template = Replacement != SleepReplacements.end()
                                   ? llvm::StringRef(Replacement->second)
                               : Hint != SleepHints.end()
                                   ? llvm::StringRef(Hint->second)
                                   : llvm::StringRef();
    llvm::StringRef Duration = textOf(*Call->getArg(0), Context);
    if (!Template.empty())
      diag(Loc, "replace with an awaitable sleep, such as '%0'",
           DiagnosticIDs::Note)
          << instantiate(Template, Duration.empty() ? "duration" : Duration);
    return;
  }
  if (F.Callee.Kind == BlockingKind::Generic && !F.Callee.Detail.empty())
    diag(Loc, "use '%0' instead", DiagnosticIDs::Note) << F.Callee.Detail;
  if (F.Callee.Kind == BlockingKind::PosixIO) {
    auto Hint = BlockingIOHints.find(Library);
    if (Hint == BlockingIOHints.end())
      Hint = BlockingIOHints.find("default");
    if (Hint != BlockingIOHints.end())
      diag(Loc, "%0", DiagnosticIDs::Note) << Hint->second;
  }
}

bool BlockingCallInCoroutineCheck::fixAwaitable(const Finding &F,
                                                llvm::StringRef Library,
                                                ASTContext &Context,
                                                DiagnosticBuilder &Diag) {
  const auto *Call = dyn_cast<CallExpr>(F.Call);
  const auto *Callee = dyn_cast<FunctionDecl>(F.Callee.Callee);
  auto Token = AwaitableTokens.find(Library);
  if (!Call || !Callee || Token == AwaitableTokens.end() || F.InCatchHandler ||
      isa<CXXOperatorCallExpr>(Call) || textOf(*Call, Context).empty() ||
      takesErrorCode(*Callee))
    return false;
  // Only the library's own operations: a boost::asio socket has no awaitable
  // form in a standalone asio coroutine.
  llvm::StringRef TokenText = Token->second;
  llvm::StringRef Namespace = TokenText.rsplit("::").first;
  if (Namespace == TokenText ||
      !llvm::StringRef(displayName(*Callee))
           .starts_with((Namespace + "::").str()))
    return false;
  const CXXRecordDecl *Object = objectClassOf(*Call);
  std::optional<unsigned> Index =
      Object ? AwaitableOperationNames.findMember(*Object, *Callee)
             : AwaitableOperationNames.find(*Callee);
  if (!Index)
    return false;
  // A defaulted argument the user could have written would have to be
  // spelled out before the token; unnamed ones are SFINAE constraints.
  unsigned Written = 0;
  for (const Expr *Arg : Call->arguments()) {
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg)) {
      if (!Default->getParam()->getName().empty())
        return false;
    } else {
      ++Written;
    }
  }
  SourceLocation NameLoc = calleeNameLoc(*Call);
  if (NameLoc.isMacroID() || Call->getRParenLoc().isMacroID())
    return false;
  const std::string Prefix = F.NeedsParentheses ? "(co_await " : "co_await ";
  const std::string Suffix =
      (Written == 0 ? "" : ", ") + TokenText.str() + ")" +
      (F.NeedsParentheses ? ")" : "");
  Diag << FixItHint::CreateInsertion(Call->getBeginLoc(), Prefix)
       << FixItHint::CreateReplacement(
              CharSourceRange::getTokenRange(NameLoc, NameLoc),
              AwaitableOperations[*Index].Value)
       << FixItHint::CreateReplacement(
              CharSourceRange::getTokenRange(Call->getRParenLoc(),
                                             Call->getRParenLoc()),
              Suffix);
  auto Headers = AwaitableTokenHeaders.find(Library);
  if (Headers != AwaitableTokenHeaders.end())
    insertHeaders(Inserter,
                  Context.getSourceManager().getFileID(Call->getBeginLoc()),
                  Headers->second, Diag);
  return true;
}

bool BlockingCallInCoroutineCheck::fixSleep(const Finding &F,
                                            llvm::StringRef Library,
                                            ASTContext &Context,
                                            DiagnosticBuilder &Diag) {
  const auto *Call = dyn_cast<CallExpr>(F.Call);
  auto Replacement = SleepReplacements.find(Library);
  if (!Call || Call->getNumArgs() != 1 ||
      Replacement == SleepReplacements.end() || F.InCatchHandler ||
      textOf(*Call, Context).empty() || !isWholeMilliseconds(*F.Callee.Callee))
    return false;
  llvm::StringRef Duration = textOf(*Call->getArg(0), Context);
  if (Duration.empty())
    return false;
  std::string Text = instantiate(Replacement->second, Duration);
  if (F.NeedsParentheses)
    Text = "(" + Text + ")";
  Diag << FixItHint::CreateReplacement(Call->getSourceRange(), Text);
  auto Headers = SleepHeaders.find(Library);
  if (Headers != SleepHeaders.end())
    insertHeaders(Inserter,
                  Context.getSourceManager().getFileID(Call->getBeginLoc()),
                  Headers->second, Diag);
  return true;
}

} // namespace clang::tidy::async
