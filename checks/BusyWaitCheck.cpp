//===--- BusyWaitCheck.cpp - async-lint -----------------------------------===//

#include "BusyWaitCheck.h"
#include "CallTargets.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
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

  /// Calls whose effects on their objects are the polling itself, and
  /// assignments that only store a polled result: not progress.
  llvm::SmallPtrSet<const Expr *, 4> Polling;

  bool Suspends = false;
  bool Blocks = false;
  bool HasOtherCalls = false;
  /// Whether a non-const member function of `*this` is called.
  bool WritesThis = false;
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
    if (!Polling.contains(Call))
      recordWritesThrough(*Call);
    return true;
  }
  // A variable declared in the loop gets a new value in every iteration.
  bool VisitVarDecl(VarDecl *Var) {
    Written.insert(Var);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp() && !Polling.contains(Op))
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
      const Expr *Object = Member->getImplicitObjectArgument();
      if (Method && !Method->isConst() && Object) {
        markWritten(Object);
        WritesThis |= isa<CXXThisExpr>(Object->IgnoreParenImpCasts());
      }
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

/// The object a member call is made on: its variable or field, or null for
/// `*this`; through `->`, `*` and `[]`.
const ValueDecl *receiverOf(const CXXMemberCallExpr &Call, bool &OnThis) {
  const Expr *E = Call.getImplicitObjectArgument();
  OnThis = false;
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(E)) {
      OnThis = true;
      return nullptr;
    }
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return dyn_cast<FieldDecl>(Member->getMemberDecl());
      E = Member->getBase();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getNumArgs() >= 1 &&
               (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star ||
                Op->getOperator() == OO_Subscript)) {
      E = Op->getArg(0);
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E);
               Unary && Unary->getOpcode() == UO_Deref) {
      E = Unary->getSubExpr();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else {
      return declOf(E);
    }
  }
  return nullptr;
}

/// The calls an exit condition polls: member calls on objects that the
/// loop does not declare (a flag, an event, a queue, a reply shared with
/// other tasks), and what their results are stored in.
class PolledCalls : public RecursiveASTVisitor<PolledCalls> {
public:
  PolledCalls(const Stmt &Loop, const QualifiedNameSet &AtomicTypes)
      : Loop(Loop), AtomicTypes(AtomicTypes) {}

  /// The calls, with the object each polls (null for `*this`).
  llvm::SmallVector<std::pair<const CXXMemberCallExpr *, const ValueDecl *>, 2>
      Calls;
  /// Whether each call, or each variable read, is under an odd number of
  /// `!`.
  llvm::DenseMap<const void *, bool> Negated;

  bool TraverseUnaryOperator(UnaryOperator *Op) {
    bool Not = Op->getOpcode() == UO_LNot;
    Odd ^= Not;
    bool Continue = RecursiveASTVisitor::TraverseUnaryOperator(Op);
    Odd ^= Not;
    return Continue;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    Negated.try_emplace(Ref->getDecl(), Odd);
    return true;
  }

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const CXXRecordDecl *Class = Call->getRecordDecl();
    if (!Method || Method->isStatic() || !Class || AtomicTypes.find(*Class))
      return true;
    bool OnThis = false;
    const ValueDecl *Object = receiverOf(*Call, OnThis);
    if (!OnThis &&
        (!Object || Loop.getSourceRange().fullyContains(
                        Object->getSourceRange())))
      return true;
    Calls.emplace_back(Call, Object);
    Negated.try_emplace(Call, Odd);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

private:
  const Stmt &Loop;
  const QualifiedNameSet &AtomicTypes;
  bool Odd = false;
};

/// Assignments in a loop of a polled call's result to a variable:
/// `moved = reactor.poll_once();`.
class PollResultStores : public CoroutineFrameVisitor<PollResultStores> {
public:
  PollResultStores(const Stmt &Loop, const QualifiedNameSet &AtomicTypes)
      : Loop(Loop), AtomicTypes(AtomicTypes) {}

  llvm::SmallVector<std::pair<const Expr *, const ValueDecl *>, 2> Stores;
  llvm::SmallVector<std::pair<const CXXMemberCallExpr *, const ValueDecl *>, 2>
      Calls;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign)
      add(*Op, *Op->getLHS(), *Op->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      add(*Op, *Op->getArg(0), *Op->getArg(1));
    return true;
  }

private:
  void add(const Expr &Op, const Expr &LHS, const Expr &RHS) {
    const auto *Call = dyn_cast<CXXMemberCallExpr>(withoutImplicit(&RHS));
    const ValueDecl *Target = declOf(&LHS);
    if (!Call || !Target)
      return;
    PolledCalls Polled(Loop, AtomicTypes);
    Polled.TraverseStmt(const_cast<CXXMemberCallExpr *>(Call));
    if (Polled.Calls.empty() || Polled.Calls.front().first != Call)
      return;
    Stores.emplace_back(&Op, Target);
    Calls.push_back(Polled.Calls.front());
  }

  const Stmt &Loop;
  const QualifiedNameSet &AtomicTypes;
};

} // namespace

BusyWaitCheck::BusyWaitCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
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
      Libraries(CoroutineTypes.list()),
      YieldPoints(knowledge::parseLibraryMap(YieldPointsList)),
      ThreadYields(knowledge::namesIn(ThreadYieldFunctionsList)),
      AtomicTypes(knowledge::namesIn(AtomicTypesList)),
      Blocking(BlockingFunctionLists{BlockingFunctionsList,
                                     AdditionalBlockingFunctionsList,
                                     SleepFunctionsList, SyncWaitFunctionsList,
                                     PosixIOFunctionsList, StringRef()}) {}

void BusyWaitCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
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

const NamedDecl *BusyWaitCheck::polledThroughCalls(
    const Stmt &Loop, llvm::ArrayRef<const Expr *> Exits, const Expr *Cond,
    llvm::ArrayRef<const Stmt *> Parts) const {
  llvm::SmallVector<std::pair<const CXXMemberCallExpr *, const ValueDecl *>, 2>
      Calls;
  llvm::SmallPtrSet<const ValueDecl *, 8> ExitReads;
  // A call that changes its object and whose success keeps the loop going
  // consumes (`while (queue.try_pop(item))`): the loop drains, it does not
  // wait. The loop goes on when its condition holds, and when the condition
  // of an `if` that leaves it does not.
  llvm::DenseMap<const void *, bool> GoesOnWhenTrue;
  for (const Expr *Exit : Exits) {
    PolledCalls Polled(Loop, AtomicTypes);
    Polled.TraverseStmt(const_cast<Expr *>(Exit));
    Calls.append(Polled.Calls.begin(), Polled.Calls.end());
    for (auto [Node, Odd] : Polled.Negated)
      GoesOnWhenTrue.try_emplace(Node, (Exit == Cond) != Odd);
    ConditionReads Reads(AtomicTypes);
    Reads.TraverseStmt(const_cast<Expr *>(Exit));
    ExitReads.insert(Reads.Decls.begin(), Reads.Decls.end());
  }
  auto Consumes = [&](const CXXMemberCallExpr *Call, const void *Result) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    auto It = GoesOnWhenTrue.find(Result);
    return Method && !Method->isConst() && It != GoesOnWhenTrue.end() &&
           It->second;
  };
  for (auto [Call, Object] : Calls)
    if (Consumes(Call, Call))
      return nullptr;
  // `moved = reactor.poll_once();` then `while (!moved)`.
  LoopScanner Progress(Blocking, ThreadYields);
  for (const Stmt *Part : Parts) {
    if (!Part)
      continue;
    PollResultStores Stores(Loop, AtomicTypes);
    Stores.TraverseStmt(const_cast<Stmt *>(Part));
    for (unsigned I = 0; I < Stores.Stores.size(); ++I) {
      auto [Store, Target] = Stores.Stores[I];
      // In an exit (`while (!(msg = inbox.try_dequeue()))`), or read by one.
      bool InExit = llvm::any_of(Calls, [&, I = I](const auto &C) {
        return Stores.Calls[I].first == C.first;
      });
      if (InExit || ExitReads.contains(Target)) {
        if (!InExit && Consumes(Stores.Calls[I].first, Target))
          return nullptr;
        Progress.Polling.insert(Store);
        Calls.push_back(Stores.Calls[I]);
      }
    }
  }
  if (Calls.empty())
    return nullptr;
  bool OnThis = false;
  for (auto [Call, Object] : Calls) {
    Progress.Polling.insert(Call);
    if (Object)
      ExitReads.insert(Object);
    else
      OnThis = true;
  }
  for (const Stmt *Part : Parts)
    if (Part)
      Progress.TraverseStmt(const_cast<Stmt *>(Part));
  // A variable declared in the body is new in every iteration: it carries no
  // progress from one to the next (a `for` loop's own variable does).
  SourceRange Range = Parts[1] ? Parts[1]->getSourceRange() : SourceRange();
  for (const ValueDecl *D : ExitReads) {
    if (Range.isValid() && Range.fullyContains(D->getSourceRange()))
      continue;
    if (Progress.Written.contains(D) ||
        (Progress.WritesThis && isa<FieldDecl>(D)))
      return nullptr;
  }
  if (OnThis && Progress.WritesThis)
    return nullptr;
  const auto &[Call, Object] = Calls.front();
  if (Object)
    return Object;
  return Call->getMethodDecl();
}

void BusyWaitCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
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
    SourceLocation Loc = Loop->getBeginLoc();
    unsigned Kind = 1;
    const NamedDecl *What = Polled;
    if (Bounded) {
      What = nullptr;
    } else if (Scan.ThreadYield) {
      Kind = 0;
    } else if (Polled) {
      Kind = 1;
    } else if (PlainFlagOnly && PlainFlag && !Scan.HasOtherCalls) {
      Kind = 1;
      What = PlainFlag;
    } else {
      What = nullptr;
    }
    // Polling through calls: a query, a `try_*` or a `poll` on an object
    // the loop does not own decides the exit, and nothing else the loop does
    // moves it on.
    if (!What && !(Kind == 0 && !Bounded)) {
      What = polledThroughCalls(*Loop, Exits, Cond, {Cond, LoopBody, Inc});
      if (!What)
        continue;
      Kind = 1;
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
