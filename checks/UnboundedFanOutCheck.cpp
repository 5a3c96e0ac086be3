//===--- UnboundedFanOutCheck.cpp - async-lint ----------------------------===//

#include "UnboundedFanOutCheck.h"
#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "TaskCollections.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

struct Gather {
  const CallExpr *Call;
  unsigned Entry;
  llvm::SmallVector<const Stmt *, 4> Loops; ///< the loops around the call
};

/// A call of RangeFanOutFunctions: a call or a construction.
struct RangeCall {
  const Expr *Call;
  unsigned Entry;
  llvm::SmallVector<const Expr *, 3> Args;
};

/// A call that adds to a collection, and the loop it runs in.
struct Fill {
  const Stmt *Loop;
  const Stmt *Innermost;
  const Expr *Task; ///< what is added
};

/// Finds the gathers in a coroutine's frame and, per local collection, the
/// loop that fills it.
class FanOutCollector : public CoroutineFrameVisitor<FanOutCollector> {
  using Base = CoroutineFrameVisitor<FanOutCollector>;

public:
  FanOutCollector(const QualifiedNameSet &Combinators,
                  const QualifiedNameSet &RangeFunctions,
                  llvm::ArrayRef<llvm::StringRef> FillFunctions)
      : Combinators(Combinators), RangeFunctions(RangeFunctions),
        FillFunctions(FillFunctions) {}

  std::vector<Gather> Gathers;
  std::vector<RangeCall> RangeCalls;
  llvm::DenseMap<const VarDecl *, Fill> Fills;

  bool VisitCallExpr(CallExpr *Call) {
    if (std::optional<unsigned> Entry = findCallee(Combinators, *Call))
      Gathers.push_back({Call, *Entry, Loops});
    if (std::optional<unsigned> Entry = findCallee(RangeFunctions, *Call)) {
      RangeCall R{Call, *Entry, {}};
      for (const Expr *Arg : argumentsOf(*Call))
        R.Args.push_back(Arg);
      RangeCalls.push_back(std::move(R));
    }
    return true;
  }
  // `seastar::coroutine::parallel_for_each(range, f)` constructs an awaitable.
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || Construct->getNumArgs() < 2)
      return true;
    if (std::optional<unsigned> Entry = RangeFunctions.find(*Ctor->getParent())) {
      RangeCall R{Construct, *Entry, {}};
      for (const Expr *Arg : Construct->arguments())
        R.Args.push_back(Arg);
      RangeCalls.push_back(std::move(R));
    }
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (Loops.empty() || !Method || !Method->getIdentifier() ||
        !llvm::is_contained(FillFunctions, Method->getName()))
      return true;
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
        Call->getImplicitObjectArgument()
            ? Call->getImplicitObjectArgument()->IgnoreParenImpCasts()
            : nullptr);
    if (const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr)
      Fills.try_emplace(Var, Fill{Loops.front(), Loops.back(),
                                  Call->getNumArgs() == 1 ? Call->getArg(0)
                                                          : nullptr});
    return true;
  }

  bool TraverseWhileStmt(WhileStmt *S) {
    return loop(S, [&] { return Base::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return loop(S, [&] { return Base::TraverseDoStmt(S); });
  }
  bool TraverseForStmt(ForStmt *S) {
    return loop(S, [&] { return Base::TraverseForStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return loop(S, [&] { return Base::TraverseCXXForRangeStmt(S); });
  }

private:
  template <typename Walk> bool loop(const Stmt *S, Walk Traverse) {
    Loops.push_back(S);
    bool Continue = Traverse();
    Loops.pop_back();
    return Continue;
  }

  static llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr &Call) {
    llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
      if (Op->getOperator() == OO_Call)
        return Args.drop_front();
    return Args;
  }

  const QualifiedNameSet &Combinators;
  const QualifiedNameSet &RangeFunctions;
  llvm::ArrayRef<llvm::StringRef> FillFunctions;
  llvm::SmallVector<const Stmt *, 4> Loops;
};

/// Whether a statement calls a concurrency limiter.
class LimiterFinder : public CoroutineFrameVisitor<LimiterFinder> {
public:
  explicit LimiterFinder(const QualifiedNameSet &Limiters)
      : Limiters(Limiters) {}
  bool Found = false;
  bool VisitCallExpr(CallExpr *Call) {
    Found |= findCallee(Limiters, *Call).has_value();
    return !Found;
  }

private:
  const QualifiedNameSet &Limiters;
};

/// Finds the calls of one function and whether each passes a constant as
/// argument \p Index.
class ConstantArgumentCalls : public RecursiveASTVisitor<ConstantArgumentCalls> {
public:
  ConstantArgumentCalls(const FunctionDecl &Callee, unsigned Index,
                        const ASTContext &Context)
      : Callee(Callee), Index(Index), Context(Context) {}
  unsigned Calls = 0;
  bool AllConstant = true;
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || F->getCanonicalDecl() != Callee.getCanonicalDecl())
      return true;
    ++Calls;
    unsigned ArgIndex = Index + (isa<CXXOperatorCallExpr>(Call) ? 1 : 0);
    const Expr *Arg =
        ArgIndex < Call->getNumArgs() ? Call->getArg(ArgIndex) : nullptr;
    AllConstant &= Arg && !Arg->isValueDependent() &&
                   Arg->getIntegerConstantExpr(Context).has_value();
    return AllConstant;
  }

private:
  const FunctionDecl &Callee;
  unsigned Index;
  const ASTContext &Context;
};

/// The local variable an argument names: `tasks`, `std::move(tasks)` or
/// `tasks.begin()`.
const VarDecl *localVariableOf(const Expr *Arg) {
  Arg = withoutCopy(Arg); // a range taken by value: the copy or move
  if (const auto *Inner = dyn_cast<CallExpr>(Arg)) {
    const FunctionDecl *F = Inner->getDirectCallee();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Inner))
      Arg = Member->getImplicitObjectArgument();
    else if (F && F->isInStdNamespace() && Inner->getNumArgs() == 1)
      Arg = Inner->getArg(0); // std::move, std::begin
    else
      return nullptr;
    if (!Arg)
      return nullptr;
    Arg = Arg->IgnoreImplicit()->IgnoreParens();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) ? Var
                                                                 : nullptr;
}

/// The arguments of a gather call, without a CPO's function object.
llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
}

/// The function a task expression calls: a function or a lambda's call
/// operator (`f(x)`, `[&] -> task<> {...}()`, `worker(x)` on a local lambda).
const FunctionDecl *taskFunctionOf(const Expr &Task) {
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(&Task));
  if (!Call)
    return nullptr;
  const FunctionDecl *F = Call->getDirectCallee();
  if (F && F->isInStdNamespace() && Call->getNumArgs() == 1) // std::move
    return taskFunctionOf(*Call->getArg(0));
  return F;
}

/// Whether objects of type \p T can be awaited: tasks and awaitables.
bool isAwaitableType(QualType T) {
  const CXXRecordDecl *Record =
      T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  for (const CXXMethodDecl *Method : Record->methods()) {
    if (Method->getOverloadedOperator() == OO_Coawait)
      return true;
    if (Method->getIdentifier() && Method->getName() == "await_ready")
      return true;
  }
  return false;
}

/// Whether \p Loop takes each task from a range of awaitables the coroutine
/// was given: the tasks exist already, whoever made the range chose how many.
bool wrapsGivenAwaitables(const Stmt &Loop) {
  const auto *RangeFor = dyn_cast<CXXForRangeStmt>(&Loop);
  if (!RangeFor || !RangeFor->getRangeInit() || !RangeFor->getLoopVariable())
    return false;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(withoutImplicit(RangeFor->getRangeInit()));
  return Ref && isa<ParmVarDecl>(Ref->getDecl()) &&
         isAwaitableType(RangeFor->getLoopVariable()->getType());
}

/// The collection a range argument iterates: `range`, `std::move(range)`,
/// `range.begin()`.
const Expr *rangeOf(const Expr *Arg) {
  Arg = withoutCopy(Arg);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Arg))
    if (const CXXMethodDecl *Method = Member->getMethodDecl())
      if (Method->getIdentifier() && Method->getName().contains("begin"))
        return withoutImplicit(Member->getImplicitObjectArgument());
  if (const auto *Call = dyn_cast<CallExpr>(Arg))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (F->isInStdNamespace() && Call->getNumArgs() == 1)
        return withoutImplicit(Call->getArg(0));
  return Arg;
}

} // namespace

UnboundedFanOutCheck::UnboundedFanOutCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CombinatorsList(
          Options.get("FanOutCombinators", knowledge::FanOutCombinators)),
      RangeFunctionsList(Options.get("RangeFanOutFunctions",
                                     knowledge::RangeFanOutFunctions)),
      LimitersList(Options.get("Limiters", knowledge::Limiters)),
      ConcurrencyLevelList(Options.get("ConcurrencyLevelFunctions",
                                       knowledge::ConcurrencyLevelFunctions)),
      FillFunctionsList(Options.get(
          "FillFunctions",
          "push_back;emplace_back;push_front;emplace_front;insert;emplace")),
      Combinators(knowledge::parseEntries(CombinatorsList)),
      CombinatorNames(knowledge::keysOf(Combinators)),
      RangeFunctions(knowledge::parseEntries(RangeFunctionsList)),
      RangeFunctionNames(knowledge::keysOf(RangeFunctions)),
      Limiters(knowledge::namesIn(LimitersList)),
      ConcurrencyLevel(knowledge::namesIn(ConcurrencyLevelList)),
      FillFunctions(utils::options::parseStringList(FillFunctionsList)) {}

void UnboundedFanOutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FanOutCombinators", CombinatorsList);
  Options.store(Opts, "RangeFanOutFunctions", RangeFunctionsList);
  Options.store(Opts, "Limiters", LimitersList);
  Options.store(Opts, "ConcurrencyLevelFunctions", ConcurrencyLevelList);
  Options.store(Opts, "FillFunctions", FillFunctionsList);
}

void UnboundedFanOutCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

bool UnboundedFanOutCheck::isBoundedLoop(const Stmt &Loop,
                                         const FunctionDecl &Coroutine,
                                         ASTContext &Context) const {
  if (constantTripCount(Loop, Context))
    return true;
  const Expr *Bound = forLoopBound(Loop);
  if (!Bound)
    return false;
  // `n = executor->max_concurrency_level(); for (i = 0; i < n; ++i)`.
  const Expr *Source = withoutImplicit(Bound);
  for (int Depth = 0; Depth < 3 && Source; ++Depth) {
    if (const auto *Call = dyn_cast<CallExpr>(Source))
      return findCallee(ConcurrencyLevel, *Call).has_value();
    const auto *Ref = dyn_cast<DeclRefExpr>(Source);
    if (!Ref)
      return false;
    // A lambda's count parameter that every call in the enclosing function
    // passes as a constant: `auto clients = [&](int n) -> task<> {...};
    // co_await clients(20);`.
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
      if (!isLambdaCallOperator(Coroutine))
        return false;
      const auto *Enclosing = dyn_cast_or_null<FunctionDecl>(
          cast<CXXMethodDecl>(Coroutine).getParent()->getParent());
      if (!Enclosing || !Enclosing->hasBody())
        return false;
      ConstantArgumentCalls Calls(Coroutine, Param->getFunctionScopeIndex(),
                                  Context);
      Calls.TraverseStmt(Enclosing->getBody());
      return Calls.Calls > 0 && Calls.AllConstant;
    }
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    Source = Var && Var->getInit() ? withoutImplicit(Var->getInit()) : nullptr;
  }
  return false;
}

bool UnboundedFanOutCheck::limitsItself(const Expr &Task) const {
  const FunctionDecl *F = taskFunctionOf(Task);
  const FunctionDecl *Definition = F ? F->getDefinition() : nullptr;
  const Stmt *Body = Definition ? userBodyOfCoroutine(*Definition) : nullptr;
  if (!Body)
    return false;
  // The first statement, as the limiter must be taken before the work.
  if (const auto *Block = dyn_cast<CompoundStmt>(Body)) {
    if (Block->body_empty())
      return false;
    Body = Block->body_front();
  }
  LimiterFinder Limiter(Limiters);
  Limiter.TraverseStmt(const_cast<Stmt *>(Body));
  return Limiter.Found;
}

void UnboundedFanOutCheck::checkRangeFanOut(const Expr &Call, unsigned Entry,
                                            llvm::ArrayRef<const Expr *> Args,
                                            ASTContext &Context) {
  if (Args.empty())
    return;
  const Expr *Range = rangeOf(Args.front());
  if (!Range || Range->isTypeDependent())
    return;
  if (isa<InitListExpr, CXXStdInitializerListExpr>(Range) ||
      fixedSizeOf(Range->getType(), Context))
    return;
  SourceLocation Loc = isa<CallExpr>(Call) ? calleeNameLoc(Call)
                                           : Call.getBeginLoc();
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  llvm::StringRef Name = RangeFunctions[Entry].Key;
  Name.consume_front("::");
  llvm::StringRef RangeText = textOf(*Range, Context);
  diag(Loc, "'%0' starts one task per element of %select{'%2'|the range}1 at "
            "once: their number grows with the input and nothing limits how "
            "many run concurrently")
      << Name << RangeText.empty() << RangeText;
  llvm::StringRef Limited = RangeFunctions[Entry].Value;
  if (!Limited.empty())
    diag(Loc, "bound the number of tasks in flight with %0",
         DiagnosticIDs::Note)
        << Limited;
}

void UnboundedFanOutCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  FanOutCollector Collector(CombinatorNames, RangeFunctionNames,
                            FillFunctions);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  ASTContext &Context = *Result.Context;
  for (const RangeCall &R : Collector.RangeCalls)
    checkRangeFanOut(*R.Call, R.Entry, R.Args, Context);
  // The collection is the first argument filled in a loop (concurrencpp
  // takes an executor first).
  auto CollectionOf = [&](const Gather &G) -> const VarDecl * {
    for (const Expr *Arg : argumentsOf(*G.Call))
      if (const VarDecl *Var = localVariableOf(Arg))
        if (Collector.Fills.count(Var))
          return Var;
    return nullptr;
  };
  // Batches: the loop that fills a collection also gathers it, so every
  // gather of it (the last, partial batch too) awaits a bounded number.
  llvm::SmallPtrSet<const VarDecl *, 4> Batched;
  for (const Gather &G : Collector.Gathers)
    if (const VarDecl *Var = CollectionOf(G))
      if (llvm::is_contained(G.Loops, Collector.Fills.find(Var)->second.Innermost))
        Batched.insert(Var);
  for (const Gather &G : Collector.Gathers) {
    const VarDecl *Tasks = CollectionOf(G);
    if (!Tasks || Batched.contains(Tasks) ||
        fixedSizeOf(Tasks->getType(), Context))
      continue;
    const Fill &F = Collector.Fills.find(Tasks)->second;
    if (isBoundedLoop(*F.Loop, *Coroutine, Context) ||
        isBoundedLoop(*F.Innermost, *Coroutine, Context) ||
        wrapsGivenAwaitables(*F.Innermost))
      continue;
    LimiterFinder Limiter(Limiters);
    Limiter.TraverseStmt(const_cast<Stmt *>(F.Loop));
    if (Limiter.Found || (F.Task && limitsItself(*F.Task)))
      continue;

    SourceLocation Loc = calleeNameLoc(*G.Call);
    if (Loc.isInvalid() || !Reported.insert(Loc).second)
      continue;
    llvm::StringRef Name = Combinators[G.Entry].Key;
    Name.consume_front("::");
    diag(Loc, "'%0' starts every task in %1 at once: their number grows with "
              "the input and nothing limits how many run concurrently")
        << Name << Tasks;
    diag(F.Loop->getBeginLoc(), "%0 gets one task per iteration of this loop",
         DiagnosticIDs::Note)
        << Tasks;
    llvm::StringRef Limited = Combinators[G.Entry].Value;
    if (!Limited.empty())
      diag(Loc, "bound the number of tasks in flight with %0",
           DiagnosticIDs::Note)
          << Limited;
  }
}

} // namespace clang::tidy::async
