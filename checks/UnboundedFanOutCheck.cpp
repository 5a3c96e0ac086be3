//===--- UnboundedFanOutCheck.cpp - async-lint ----------------------------===//

#include "UnboundedFanOutCheck.h"
#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

struct Gather {
  const CallExpr *Call;
  unsigned Entry;
};

/// A call that adds to a collection, and the loop it runs in.
struct Fill {
  const Stmt *Loop;
  const Stmt *Innermost;
};

/// Finds the gathers in a coroutine's frame and, per local collection, the
/// loop that fills it.
class FanOutCollector : public CoroutineFrameVisitor<FanOutCollector> {
  using Base = CoroutineFrameVisitor<FanOutCollector>;

public:
  FanOutCollector(const QualifiedNameSet &Combinators,
                  llvm::ArrayRef<llvm::StringRef> FillFunctions)
      : Combinators(Combinators), FillFunctions(FillFunctions) {}

  std::vector<Gather> Gathers;
  llvm::DenseMap<const VarDecl *, Fill> Fills;

  bool VisitCallExpr(CallExpr *Call) {
    if (std::optional<unsigned> Entry = findCallee(Combinators, *Call))
      Gathers.push_back({Call, *Entry});
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
      Fills.try_emplace(Var, Fill{Loops.front(), Loops.back()});
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

  const QualifiedNameSet &Combinators;
  llvm::ArrayRef<llvm::StringRef> FillFunctions;
  llvm::SmallVector<const Stmt *, 4> Loops;
};

/// Whether a loop calls a concurrency limiter.
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

/// The number of elements of a type whose size is part of it: a built-in
/// array or std::array.
std::optional<uint64_t> fixedSizeOf(QualType T, ASTContext &Context) {
  T = T.getNonReferenceType();
  if (const auto *Array = Context.getAsConstantArrayType(T))
    return Array->getZExtSize();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getName() != "array" ||
      Spec->getTemplateArgs().size() != 2 ||
      Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Spec->getTemplateArgs()[1].getAsIntegral().getZExtValue();
}

} // namespace

UnboundedFanOutCheck::UnboundedFanOutCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CombinatorsList(
          Options.get("FanOutCombinators", knowledge::FanOutCombinators)),
      LimitersList(Options.get("Limiters", knowledge::Limiters)),
      FillFunctionsList(Options.get(
          "FillFunctions",
          "push_back;emplace_back;push_front;emplace_front;insert;emplace")),
      TripCountThreshold(Options.get("TripCountThreshold", 16U)),
      Combinators(knowledge::parseEntries(CombinatorsList)),
      CombinatorNames(knowledge::keysOf(Combinators)),
      Limiters(knowledge::namesIn(LimitersList)),
      FillFunctions(utils::options::parseStringList(FillFunctionsList)) {}

void UnboundedFanOutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "FanOutCombinators", CombinatorsList);
  Options.store(Opts, "Limiters", LimitersList);
  Options.store(Opts, "FillFunctions", FillFunctionsList);
  Options.store(Opts, "TripCountThreshold", TripCountThreshold);
}

void UnboundedFanOutCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

bool UnboundedFanOutCheck::hasSmallConstantTripCount(
    const Stmt &Loop, ASTContext &Context) const {
  std::optional<uint64_t> Count;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(&Loop)) {
    const Expr *Range = RangeFor->getRangeInit();
    if (!Range)
      return false;
    Range = Range->IgnoreImplicit();
    if (const auto *Std = dyn_cast<CXXStdInitializerListExpr>(Range))
      Range = Std->getSubExpr()->IgnoreImplicit();
    if (const auto *List = dyn_cast<InitListExpr>(Range))
      Count = List->getNumInits();
    else
      Count = fixedSizeOf(Range->getType(), Context);
  } else if (const auto *For = dyn_cast<ForStmt>(&Loop)) {
    // `i < K`, `i <= K`, `i != K` with a constant K, counting from 0.
    const auto *Cond = dyn_cast_or_null<BinaryOperator>(For->getCond());
    if (Cond && !Cond->isValueDependent() &&
        (Cond->getOpcode() == BO_LT || Cond->getOpcode() == BO_LE ||
         Cond->getOpcode() == BO_NE))
      if (std::optional<llvm::APSInt> Bound =
              Cond->getRHS()->getIntegerConstantExpr(Context))
        if (!Bound->isNegative())
          Count = Bound->getZExtValue() + (Cond->getOpcode() == BO_LE);
  }
  return Count && *Count < TripCountThreshold;
}

void UnboundedFanOutCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  FanOutCollector Collector(CombinatorNames, FillFunctions);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  ASTContext &Context = *Result.Context;
  for (const Gather &G : Collector.Gathers) {
    // The collection is the first argument filled in a loop (concurrencpp
    // takes an executor first).
    const VarDecl *Tasks = nullptr;
    const Fill *Filled = nullptr;
    for (const Expr *Arg : argumentsOf(*G.Call)) {
      const VarDecl *Var = localVariableOf(Arg);
      auto It = Var ? Collector.Fills.find(Var) : Collector.Fills.end();
      if (It != Collector.Fills.end()) {
        Tasks = Var;
        Filled = &It->second;
        break;
      }
    }
    if (!Tasks || fixedSizeOf(Tasks->getType(), Context))
      continue;
    const Fill &F = *Filled;
    if (hasSmallConstantTripCount(*F.Loop, Context) ||
        hasSmallConstantTripCount(*F.Innermost, Context))
      continue;
    LimiterFinder Limiter(Limiters);
    Limiter.TraverseStmt(const_cast<Stmt *>(F.Loop));
    if (Limiter.Found)
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
