//===--- DiscardedTaskCheck.cpp - async-lint ------------------------------===//

#include "DiscardedTaskCheck.h"
#include "ExprUnwrap.h"
#include "OwnStatementsVisitor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// The statements of one function that may drop a task: discarded prvalue
/// calls, and local variables initialized in a block.
class Collector : public OwnStatementsVisitor<Collector> {
public:
  struct Discard {
    const Expr *Statement;
    DiscardedValue Discarded;
    bool InCatchHandler;
  };
  struct Local {
    const VarDecl *Var;
    bool InCatchHandler;
  };

  Collector(const ExpectThrowCalls &ExpectThrow,
            llvm::DenseSet<const FunctionDecl *> &ExpectingThrow)
      : ExpectThrow(ExpectThrow), ExpectingThrow(ExpectingThrow) {}

  bool VisitCallExpr(CallExpr *Call) {
    ExpectThrow.collectLambdas(*Call, ExpectingThrow);
    return true;
  }
  void discarded(const Expr &Statement, const DiscardedValue &Discarded) {
    const auto *Call = dyn_cast<CallExpr>(Discarded.Value);
    if (Call && Call->isPRValue())
      Discards.push_back({&Statement, Discarded, inCatchHandler()});
  }
  void declaredInBlock(const DeclStmt &Decl) {
    const auto *Var =
        Decl.isSingleDecl() ? dyn_cast<VarDecl>(Decl.getSingleDecl()) : nullptr;
    if (!Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) ||
        !Var->getInit() || Var->getType()->isReferenceType() ||
        Var->getType()->isDependentType() || Var->hasAttr<UnusedAttr>())
      return;
    Locals.push_back({Var, inCatchHandler()});
  }

  std::vector<Discard> Discards;
  std::vector<Local> Locals;

private:
  const ExpectThrowCalls &ExpectThrow;
  llvm::DenseSet<const FunctionDecl *> &ExpectingThrow;
};

/// Whether every reference to a variable only throws it away:
/// `(void)v;`, `std::ignore = v;`.
class DiscardingUses : public RecursiveASTVisitor<DiscardingUses> {
public:
  explicit DiscardingUses(const VarDecl &Var) : Var(Var) {}
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitExpr(Expr *E) {
    if (!isa<ExplicitCastExpr, CXXOperatorCallExpr>(E))
      return true;
    std::optional<DiscardedValue> Discarded = discardedValue(*E);
    if (Discarded && Discarded->Form != DiscardForm::Statement)
      Discarding.insert(Discarded->Value);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() != &Var)
      return true;
    // A parent is visited before its children.
    Seen = true;
    OnlyDiscarding = Discarding.contains(Ref);
    return OnlyDiscarding;
  }

  /// Every reference only throws the variable away. A variable that is
  /// referenced with no reference left in the body was used in code that
  /// did not compile (an invalid `co_await v`): that is no finding.
  bool onlyDiscarding() const { return OnlyDiscarding && Seen; }

private:
  const VarDecl &Var;
  bool OnlyDiscarding = true;
  bool Seen = false;
  llvm::SmallPtrSet<const Expr *, 4> Discarding;
};

/// Whether `co_await ` can be written in front of \p Call as it is.
bool isPostfixCall(const Expr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getOperator() == OO_Call || Op->getOperator() == OO_Subscript;
  return isa<CallExpr>(Call);
}

/// Where `co_await ` goes: a call operator's begin location is its `(`.
SourceLocation beginOf(const Expr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getNumArgs() > 0)
      return Op->getArg(0)->getBeginLoc();
  return Call.getBeginLoc();
}

bool inMacro(const Expr &E) {
  return E.getBeginLoc().isMacroID() || E.getEndLoc().isMacroID();
}

} // namespace

DiscardedTaskCheck::DiscardedTaskCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
      TaskTypesList(
          Options.getLocalOrGlobal("TaskTypes", knowledge::TaskTypes)),
      BlockingFutureFunctionsList(Options.get(
          "BlockingFutureFunctions", knowledge::BlockingFutureFunctions)),
      EagerSenderFactoriesList(Options.getLocalOrGlobal(
          "EagerSenderFactories", knowledge::EagerSenderFactories)),
      ExpectThrowCallsList(Options.getLocalOrGlobal(
          "ExpectThrowCalls", knowledge::ExpectThrowCalls)),
      Libraries(CoroutineTypes.list()), Tasks(TaskTypesList, Libraries),
      BlockingFutures(knowledge::keysOf(
          knowledge::parseEntries(BlockingFutureFunctionsList))),
      EagerSenders(EagerSenderFactoriesList),
      ExpectThrow(ExpectThrowCallsList) {}

void DiscardedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
  Options.store(Opts, "TaskTypes", TaskTypesList);
  Options.store(Opts, "BlockingFutureFunctions", BlockingFutureFunctionsList);
  Options.store(Opts, "EagerSenderFactories", EagerSenderFactoriesList);
  Options.store(Opts, "ExpectThrowCalls", ExpectThrowCallsList);
}

bool DiscardedTaskCheck::isBlockingFuture(const Expr &E) const {
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(&E));
  const NamedDecl *Callee = Call ? calleeOf(*Call) : nullptr;
  return Callee && BlockingFutures.mayContain(Callee->getName()) &&
         BlockingFutures.find(*Callee);
}

void DiscardedTaskCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
  Finder->addMatcher(functionDefinition(), this);
}

void DiscardedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Function = *Result.Nodes.getNodeAs<FunctionDecl>("function");
  // A lambda given to an assertion that expects it to throw.
  if (ExpectingThrow.contains(&expectThrowKey(Function)))
    return;
  Collector Statements(ExpectThrow, ExpectingThrow);
  Statements.walk(Function);
  const SourceManager &SM = *Result.SourceManager;
  const LangOptions &LangOpts = Result.Context->getLangOpts();
  // A prvalue call whose result is a lazy task, or a blocking future. A
  // sender that is already started is async-unowned-task's business.
  for (const Collector::Discard &D : Statements.Discards)
    if ((Tasks.classify(D.Discarded.Value->getType()).Kind == TaskKind::Lazy &&
         !EagerSenders.find(*D.Discarded.Value)) ||
        isBlockingFuture(*D.Discarded.Value))
      if (!ExpectThrow.inMacroArgument(D.Statement->getBeginLoc(), SM,
                                       LangOpts))
        checkDiscarded(*D.Statement, D.Discarded, Function, D.InCatchHandler);
  for (const Collector::Local &L : Statements.Locals)
    if ((Tasks.classify(L.Var->getType()) ||
         isBlockingFuture(*L.Var->getInit())) &&
        !ExpectThrow.inMacroArgument(L.Var->getLocation(), SM, LangOpts))
      checkVariable(*L.Var, Function, L.InCatchHandler);
}

void DiscardedTaskCheck::checkDiscarded(const Expr &Statement,
                                        const DiscardedValue &Discarded,
                                        const FunctionDecl &Function,
                                        bool InCatchHandler) {
  const auto &Call = *cast<CallExpr>(Discarded.Value);
  SourceLocation Loc = calleeNameLoc(Call);
  if (!Reported.insert(Loc).second)
    return;
  const NamedDecl *Callee = calleeOf(Call);
  const std::string Name = Callee ? displayName(*Callee) : "the call";

  if (isBlockingFuture(Call)) {
    diag(Loc, "the future returned by '%0' is discarded, and its destructor "
              "blocks until the work finishes: this call is not "
              "fire-and-forget")
        << Name;
    diag(Loc, "keep the future and wait for it where the result is needed, or "
              "hand the work to a thread pool or an executor",
         DiagnosticIDs::Note);
    return;
  }

  const TaskType Task = Tasks.classify(Call.getType());
  const bool CanFix = Discarded.Form == DiscardForm::Statement &&
                      Tasks.sameFamily(Task, Function) && !inMacro(Statement) &&
                      isPostfixCall(Call) && !InCatchHandler;
  {
    DiagnosticBuilder Diag =
        diag(Loc, "lazy %select{task|sender}0 returned by '%1' is "
                  "%select{discarded|cast to void|assigned to 'std::ignore'}2, "
                  "so its work never runs")
        << Task.Sender << Name << static_cast<unsigned>(Discarded.Form);
    if (CanFix)
      Diag << FixItHint::CreateInsertion(beginOf(Call), "co_await ");
  }
  if (!CanFix)
    diag(Loc, "%select{co_await it|co_await it inside a coroutine}0, or pass "
              "it to code that starts it",
         DiagnosticIDs::Note)
        << !userBodyOfCoroutine(Function);
}

void DiscardedTaskCheck::checkVariable(const VarDecl &Var,
                                       const FunctionDecl &Function,
                                       bool InCatchHandler) {
  const bool Blocking = isBlockingFuture(*Var.getInit());
  TaskType Task = Tasks.classify(Var.getType());
  const bool Started = Task.Sender && EagerSenders.find(*Var.getInit());
  if (Started)
    Task.Kind = TaskKind::Eager;
  if (Var.isReferenced()) {
    // A use that throws the variable away still loses a lazy task or a
    // started sender; an eager task is then async-unowned-task's business.
    if (!((Task.Kind == TaskKind::Lazy && !Blocking) || Started))
      return;
    DiscardingUses Uses(Var);
    Uses.TraverseStmt(Function.getBody());
    if (!Uses.onlyDiscarding())
      return;
  }
  SourceLocation Loc = Var.getLocation();
  if (!Reported.insert(Loc).second)
    return;

  if (Blocking) {
    diag(Loc, "future %0 from '%1' is never used, and its destructor blocks "
              "until the work finishes")
        << &Var << displayName(*calleeOf(*withoutImplicit(Var.getInit())));
    return;
  }

  const Expr *Init = withoutImplicit(Var.getInit());
  const auto *Auto = dyn_cast<AutoType>(Var.getType().getTypePtr());
  const bool CanFix = Auto && !Auto->isDecltypeAuto() && isa<CallExpr>(Init) &&
                      isPostfixCall(*Init) && !inMacro(*Init) &&
                      Tasks.sameFamily(Task, Function) && !InCatchHandler;
  {
    DiagnosticBuilder Diag =
        diag(Loc, Task.Kind == TaskKind::Lazy
                      ? "lazy %select{task|sender}0 %1 is never awaited, "
                        "started or passed on, so its work never runs"
                      : "%select{task|started sender}0 %1 is never awaited or "
                        "passed on, so nothing observes its result or its "
                        "errors")
        << Task.Sender << &Var;
    if (CanFix)
      Diag << FixItHint::CreateInsertion(beginOf(*Init), "co_await ");
  }
  if (!CanFix)
    diag(Loc, "%select{co_await it|co_await it inside a coroutine}0, or pass "
              "it to code that %select{starts|owns}1 it",
         DiagnosticIDs::Note)
        << !userBodyOfCoroutine(Function) << (Task.Kind == TaskKind::Eager);
}

} // namespace clang::tidy::async
