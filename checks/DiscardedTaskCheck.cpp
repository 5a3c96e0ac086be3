//===--- DiscardedTaskCheck.cpp - async-lint ------------------------------===//

#include "DiscardedTaskCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

AST_MATCHER_P(VarDecl, satisfies, std::function<bool(const VarDecl &)>,
              Predicate) {
  return Predicate(Node);
}

const Expr *withoutImplicit(const Expr *E) {
  for (const Expr *Previous = nullptr; E != Previous;) {
    Previous = E;
    E = E->IgnoreImplicit()->IgnoreParens();
  }
  return E;
}

/// Whether \p Ref only throws the variable away: `(void)v;`, `std::ignore = v;`.
bool isDiscardingUse(const DeclRefExpr &Ref, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(Ref);
  while (!Parents.empty()) {
    const auto *Parent = Parents[0].get<Expr>();
    if (!Parent)
      return false;
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
            ExprWithCleanups, CXXBindTemporaryExpr>(Parent)) {
      Parents = Context.getParents(*Parent);
      continue;
    }
    std::optional<DiscardedValue> Discarded = discardedValue(*Parent);
    return Discarded && Discarded->Value == &Ref &&
           Discarded->Form != DiscardForm::Statement;
  }
  return false;
}

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
    : ClangTidyCheck(Name, Context),
      CoroutineTypesList(
          Options.getLocalOrGlobal("CoroutineTypes", knowledge::CoroutineTypes)),
      TaskTypesList(Options.getLocalOrGlobal("TaskTypes", knowledge::TaskTypes)),
      BlockingFutureFunctionsList(Options.get(
          "BlockingFutureFunctions", knowledge::BlockingFutureFunctions)),
      Libraries(CoroutineTypesList), Tasks(TaskTypesList, Libraries),
      BlockingFutures(knowledge::keysOf(
          knowledge::parseEntries(BlockingFutureFunctionsList))) {}

void DiscardedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CoroutineTypes", CoroutineTypesList);
  Options.store(Opts, "TaskTypes", TaskTypesList);
  Options.store(Opts, "BlockingFutureFunctions", BlockingFutureFunctionsList);
}

bool DiscardedTaskCheck::isBlockingFuture(const Expr &E) const {
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(&E));
  const NamedDecl *Callee = Call ? calleeOf(*Call) : nullptr;
  return Callee && BlockingFutures.mayContain(Callee->getName()) &&
         BlockingFutures.find(*Callee);
}

void DiscardedTaskCheck::registerMatchers(MatchFinder *Finder) {
  // A prvalue call whose result is a lazy task, or a blocking future.
  auto Accept = [this](const DiscardedValue &Discarded) {
    const auto *Call = dyn_cast<CallExpr>(Discarded.Value);
    if (!Call || !Call->isPRValue())
      return false;
    return Tasks.classify(Call->getType()).Kind == TaskKind::Lazy ||
           isBlockingFuture(*Call);
  };
  Finder->addMatcher(
      stmt(discardedStatement(Accept),
           optionally(forCallable(functionDecl().bind("function")))),
      this);

  auto HoldsTask = [this](const VarDecl &Var) {
    QualType Type = Var.getType();
    if (Type->isReferenceType() || Type->isDependentType() ||
        Var.hasAttr<UnusedAttr>() || !Var.getInit())
      return false;
    return Tasks.classify(Type) || isBlockingFuture(*Var.getInit());
  };
  Finder->addMatcher(
      declStmt(hasParent(compoundStmt()),
               hasSingleDecl(varDecl(hasLocalStorage(), unless(parmVarDecl()),
                                     satisfies(HoldsTask))
                                 .bind("var")),
               forCallable(functionDecl().bind("function"))),
      this);
}

void DiscardedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var")) {
    checkVariable(*Var, *Function, *Result.Context);
    return;
  }
  const auto *Statement = Result.Nodes.getNodeAs<Expr>("discarded");
  if (std::optional<DiscardedValue> Discarded = discardedValue(*Statement))
    checkDiscarded(*Statement, *Discarded, Function, *Result.Context);
}

void DiscardedTaskCheck::checkDiscarded(const Expr &Statement,
                                        const DiscardedValue &Discarded,
                                        const FunctionDecl *Function,
                                        ASTContext &Context) {
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
  const bool CanFix = Discarded.Form == DiscardForm::Statement && Function &&
                      Tasks.sameFamily(Task, *Function) && !inMacro(Statement) &&
                      isPostfixCall(Call) &&
                      !isInCatchHandler(Statement, Context);
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
        << !(Function && userBodyOfCoroutine(*Function));
}

void DiscardedTaskCheck::checkVariable(const VarDecl &Var,
                                       const FunctionDecl &Function,
                                       ASTContext &Context) {
  const bool Blocking = isBlockingFuture(*Var.getInit());
  const TaskType Task = Tasks.classify(Var.getType());
  if (Var.isReferenced()) {
    // A use that throws the variable away still loses a lazy task; an eager
    // one is then async-unowned-task's business.
    const bool Lazy = Task.Kind == TaskKind::Lazy && !Blocking;
    const Stmt *Body = Function.getBody();
    if (!Body)
      return;
    auto Refs = match(findAll(declRefExpr(to(varDecl(equalsNode(&Var))))
                                  .bind("ref")),
                      *Body, Context);
    for (const BoundNodes &Ref : Refs)
      if (!Lazy ||
          !isDiscardingUse(*Ref.getNodeAs<DeclRefExpr>("ref"), Context))
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
                      Tasks.sameFamily(Task, Function) &&
                      !isInCatchHandler(*Init, Context);
  {
    DiagnosticBuilder Diag =
        diag(Loc, Task.Kind == TaskKind::Lazy
                      ? "lazy %select{task|sender}0 %1 is never awaited, "
                        "started or passed on, so its work never runs"
                      : "task %1 is never awaited or passed on, so nothing "
                        "observes its result or its errors")
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
