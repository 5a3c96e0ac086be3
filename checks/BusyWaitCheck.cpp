//===--- BusyWaitCheck.cpp - async-lint -----------------------------------===//

#include "BusyWaitCheck.h"
#include "CallTargets.h"
#include "CoroutineFrameVisitor.h"
#include "clang/AST/ASTContext.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// The loops (other than range-for, which walks data) in a coroutine's frame.
class LoopCollector : public CoroutineFrameVisitor<LoopCollector> {
public:
  std::vector<const Stmt *> Loops;
  bool VisitWhileStmt(WhileStmt *S) { return add(S); }
  bool VisitDoStmt(DoStmt *S) { return add(S); }
  bool VisitForStmt(ForStmt *S) { return add(S); }

private:
  bool add(const Stmt *S) {
    Loops.push_back(S);
    return true;
  }
};

/// The declaration an lvalue names: a variable or a field.
const ValueDecl *declOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return isa<VarDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return declOf(Subscript->getBase());
  return nullptr;
}

/// Whether \p S leaves the loop it is directly in.
bool exitsLoop(const Stmt *S) {
  if (!S)
    return false;
  if (isa<BreakStmt, ReturnStmt, CoreturnStmt, GotoStmt>(S))
    return true;
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return llvm::any_of(Block->body(), [](const Stmt *Child) {
      return isa<BreakStmt, ReturnStmt, CoreturnStmt, GotoStmt>(Child);
    });
  return false;
}

/// What a part of a loop does: whether it suspends or blocks, what it
/// writes, which calls it makes, and the conditions under which it exits.
class LoopScanner : public CoroutineFrameVisitor<LoopScanner> {
  using Base = CoroutineFrameVisitor<LoopScanner>;

public:
  LoopScanner(const BlockingFunctions &Blocking,
              const QualifiedNameSet &ThreadYields)
      : Blocking(Blocking), ThreadYields(ThreadYields) {}

  bool Suspends = false;
  bool Blocks = false;
  bool HasOtherCalls = false;
  const CallExpr *ThreadYield = nullptr;
  llvm::SmallPtrSet<const ValueDecl *, 8> Written;
  llvm::SmallVector<const Expr *, 2> ExitConditions;

  bool VisitCoawaitExpr(CoawaitExpr *) { return Suspends = true; }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) {
    return Suspends = true;
  }
  bool VisitCoyieldExpr(CoyieldExpr *) { return Suspends = true; }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Blocks |= Blocking.classify(*Construct).has_value();
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (Blocking.classify(*Call))
      Blocks = true;
    else if (findCallee(ThreadYields, *Call))
      ThreadYield = ThreadYield ? ThreadYield : Call;
    else
      HasOtherCalls = true;
    recordWritesThrough(*Call);
    return true;
  }
  // A variable declared in the loop gets a new value in every iteration.
  bool VisitVarDecl(VarDecl *Var) {
    Written.insert(Var);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp())
      markWritten(Op->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf)
      markWritten(Op->getSubExpr());
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    if (Depth == 0 && If->getCond() &&
        (exitsLoop(If->getThen()) || exitsLoop(If->getElse())))
      ExitConditions.push_back(If->getCond());
    return true;
  }

  // A `break` in a nested loop or switch does not leave this loop.
  bool TraverseWhileStmt(WhileStmt *S) {
    return nested([&] { return Base::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return nested([&] { return Base::TraverseDoStmt(S); });
  }
  bool TraverseForStmt(ForStmt *S) {
    return nested([&] { return Base::TraverseForStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return nested([&] { return Base::TraverseCXXForRangeStmt(S); });
  }
  bool TraverseSwitchStmt(SwitchStmt *S) {
    return nested([&] { return Base::TraverseSwitchStmt(S); });
  }

private:
  template <typename Walk> bool nested(Walk Traverse) {
    ++Depth;
    bool Continue = Traverse();
    --Depth;
    return Continue;
  }
  void markWritten(const Expr *E) {
    if (const ValueDecl *D = declOf(E))
      Written.insert(D);
  }
  /// Objects of non-const member calls and arguments bound to non-const
  /// references may be changed by the call.
  void recordWritesThrough(const CallExpr &Call) {
    const FunctionDecl *Callee = Call.getDirectCallee();
    if (!Callee)
      return;
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    unsigned Offset = 0;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
      if (Method && !Method->isConst() && Member->getImplicitObjectArgument())
        markWritten(Member->getImplicitObjectArgument());
    } else if (isa<CXXOperatorCallExpr>(Call) && Method &&
               Method->isInstance()) {
      Offset = 1;
      if (!Method->isConst() && Call.getNumArgs() > 0)
        markWritten(Call.getArg(0));
    }
    for (unsigned I = Offset; I < Call.getNumArgs(); ++I) {
      if (I - Offset >= Callee->getNumParams())
        break;
      QualType Param = Callee->getParamDecl(I - Offset)->getType();
      if (Param->isReferenceType() &&
          !Param.getNonReferenceType().isConstQualified())
        markWritten(Call.getArg(I));
    }
  }

  const BlockingFunctions &Blocking;
  const QualifiedNameSet &ThreadYields;
  unsigned Depth = 0;
};

/// The variables and fields a condition reads, and whether it calls
/// anything.
class ConditionReads : public RecursiveASTVisitor<ConditionReads> {
public:
  explicit ConditionReads(const QualifiedNameSet &AtomicTypes)
      : AtomicTypes(AtomicTypes) {}

  llvm::SmallVector<const ValueDecl *, 4> Decls;
  /// The variables through which an atomic's member is called, such as the
  /// `std::shared_ptr<std::atomic<bool>>` in `ready->load()`.
  llvm::SmallVector<const ValueDecl *, 2> AtomicHolders;
  bool HasCalls = false;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) { return add(Ref); }
  bool VisitMemberExpr(MemberExpr *Member) { return add(Member); }
  bool VisitCallExpr(CallExpr *) {
    HasCalls = true;
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXRecordDecl *Class = Call->getRecordDecl();
    if (!Class || !AtomicTypes.find(*Class))
      return true;
    const Expr *Object = Call->getImplicitObjectArgument();
    while (Object) {
      Object = Object->IgnoreParenImpCasts();
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Object);
          Op && Op->getNumArgs() == 1)
        Object = Op->getArg(0); // smart pointer -> or *
      else if (const auto *Deref = dyn_cast<UnaryOperator>(Object);
               Deref && Deref->getOpcode() == UO_Deref)
        Object = Deref->getSubExpr();
      else
        break;
    }
    if (const ValueDecl *D = Object ? declOf(Object) : nullptr)
      AtomicHolders.push_back(D);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

private:
  const QualifiedNameSet &AtomicTypes;

  bool add(Expr *E) {
    if (const ValueDecl *D = declOf(E))
      if (!llvm::is_contained(Decls, D))
        Decls.push_back(D);
    return true;
  }
};

} // namespace

BusyWaitCheck::BusyWaitCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CoroutineTypesList(Options.getLocalOrGlobal("CoroutineTypes",
                                                  knowledge::CoroutineTypes)),
      YieldPointsList(Options.get("YieldPoints", knowledge::YieldPoints)),
      ThreadYieldFunctionsList(
          Options.get("ThreadYieldFunctions", knowledge::ThreadYieldFunctions)),
      AtomicTypesList(Options.get("AtomicTypes", knowledge::AtomicTypes)),
      BlockingFunctionsList(
          Options.get("BlockingFunctions", knowledge::BlockingFunctions)),
      AdditionalBlockingFunctionsList(
          Options.get("AdditionalBlockingFunctions", "")),
      SleepFunctionsList(
          Options.get("SleepFunctions", knowledge::SleepFunctions)),
      SyncWaitFunctionsList(
          Options.get("SyncWaitFunctions", knowledge::SyncWaitFunctions)),
      PosixIOFunctionsList(
          Options.get("PosixIOFunctions", knowledge::PosixIOFunctions)),
      Libraries(CoroutineTypesList),
      YieldPoints(knowledge::parseLibraryMap(YieldPointsList)),
      ThreadYields(knowledge::namesIn(ThreadYieldFunctionsList)),
      AtomicTypes(knowledge::namesIn(AtomicTypesList)),
      Blocking(BlockingFunctionLists{BlockingFunctionsList,
                                     AdditionalBlockingFunctionsList,
                                     SleepFunctionsList, SyncWaitFunctionsList,
                                     PosixIOFunctionsList, StringRef()}) {}

void BusyWaitCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CoroutineTypes", CoroutineTypesList);
  Options.store(Opts, "YieldPoints", YieldPointsList);
  Options.store(Opts, "ThreadYieldFunctions", ThreadYieldFunctionsList);
  Options.store(Opts, "AtomicTypes", AtomicTypesList);
  Options.store(Opts, "BlockingFunctions", BlockingFunctionsList);
  Options.store(Opts, "AdditionalBlockingFunctions",
                AdditionalBlockingFunctionsList);
  Options.store(Opts, "SleepFunctions", SleepFunctionsList);
  Options.store(Opts, "SyncWaitFunctions", SyncWaitFunctionsList);
  Options.store(Opts, "PosixIOFunctions", PosixIOFunctionsList);
}

void BusyWaitCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

void BusyWaitCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  LoopCollector Loops;
  Loops.TraverseStmt(const_cast<Stmt *>(Body));
  ASTContext &Context = *Result.Context;

  // Shared state: an atomic or a volatile, which another thread changes.
  auto IsShared = [this](const ValueDecl *D) {
    QualType T = D->getType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    if (T.isVolatileQualified())
      return true;
    const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
    return Record && AtomicTypes.find(*Record).has_value();
  };

  for (const Stmt *Loop : Loops.Loops) {
    const Expr *Cond = nullptr;
    const Stmt *LoopBody = nullptr;
    const Stmt *Inc = nullptr;
    if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
      Cond = While->getCond();
      LoopBody = While->getBody();
    } else if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
      Cond = Do->getCond();
      LoopBody = Do->getBody();
    } else if (const auto *For = dyn_cast<ForStmt>(Loop)) {
      Cond = For->getCond();
      LoopBody = For->getBody();
      Inc = For->getInc();
    }
    if (Cond && Cond->containsErrors())
      continue;
    if (Cond && !Cond->isValueDependent()) {
      bool Value;
      if (Cond->EvaluateAsBooleanCondition(Value, Context)) {
        if (!Value)
          continue;     // runs once
        Cond = nullptr; // no exit through the condition
      }
    }

    LoopScanner Scan(Blocking, ThreadYields);
    for (const Stmt *Part : {static_cast<const Stmt *>(Cond), LoopBody, Inc})
      if (Part)
        Scan.TraverseStmt(const_cast<Stmt *>(Part));
    if (Scan.Suspends || Scan.Blocks)
      continue;

    llvm::SmallVector<const Expr *, 3> Exits(Scan.ExitConditions.begin(),
                                             Scan.ExitConditions.end());
    if (Cond)
      Exits.push_back(Cond);
    // Which shared state the exits poll; a loop whose exit depends on a
    // plain variable the loop writes (a counter) is bounded.
    const ValueDecl *Polled = nullptr;
    bool Bounded = false;
    bool PlainFlagOnly = !Exits.empty();
    const ValueDecl *PlainFlag = nullptr;
    for (const Expr *Exit : Exits) {
      ConditionReads Reads(AtomicTypes);
      Reads.TraverseStmt(const_cast<Expr *>(Exit));
      if (!Polled && !Reads.AtomicHolders.empty())
        Polled = Reads.AtomicHolders.front();
      PlainFlagOnly &= !Reads.HasCalls && !Reads.Decls.empty();
      for (const ValueDecl *D : Reads.Decls) {
        if (IsShared(D)) {
          // Even when the loop changes it (test_and_set, exchange: a spin
          // lock), shared state is what another thread changes.
          Polled = Polled ? Polled : D;
          continue;
        }
        if (Scan.Written.contains(D))
          Bounded = true;
        else if (!PlainFlag && !D->getType().isConstQualified())
          PlainFlag = D;
      }
    }
    if (Bounded)
      continue;

    SourceLocation Loc = Loop->getBeginLoc();
    unsigned Kind;
    const NamedDecl *What = Polled;
    if (Scan.ThreadYield) {
      Kind = 0;
    } else if (Polled) {
      Kind = 1;
    } else if (PlainFlagOnly && PlainFlag && !Scan.HasOtherCalls) {
      Kind = 1;
      What = PlainFlag;
    } else {
      continue;
    }
    if (Loc.isInvalid() || !Reported.insert(Loc).second)
      continue;
    std::string YieldName;
    if (Scan.ThreadYield)
      if (const NamedDecl *Callee = calleeOf(*Scan.ThreadYield))
        YieldName = Callee->getQualifiedNameAsString();
    // Name a template's instantiation as the template the user wrote.
    const FunctionDecl *Named = Coroutine;
    if (const FunctionDecl *Pattern =
            Coroutine->getTemplateInstantiationPattern())
      Named = Pattern;
    diag(Loc, "busy-wait loop in %select{coroutine %q1|a coroutine lambda}0 "
              "%select{calls '%2', which does not suspend the coroutine|polls "
              "%3 without suspending}4: it holds the thread and starves every "
              "other task on its executor")
        << isLambdaCallOperator(*Coroutine) << Named << YieldName
        << (What ? What : Coroutine) << Kind;
    auto Yield = YieldPoints.find(Libraries.libraryOf(*Coroutine));
    if (Yield != YieldPoints.end())
      diag(Loc,
           "suspend in each iteration with '%0', or await an event "
           "instead of polling",
           DiagnosticIDs::Note)
          << Yield->second;
    else
      diag(Loc,
           "await an event or a condition primitive of the coroutine's "
           "library instead of polling",
           DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::async
