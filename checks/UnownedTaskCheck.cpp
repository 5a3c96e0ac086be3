//===--- UnownedTaskCheck.cpp - async-lint --------------------------------===//

#include "UnownedTaskCheck.h"
#include "ErrorEscape.h"
#include "ExprUnwrap.h"
#include "OwnStatementsVisitor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// The calls of one function that may start work, and the statements that
/// may drop a task.
class Collector : public OwnStatementsVisitor<Collector> {
public:
  Collector(const QualifiedNameSet &SpawnFunctions,
            const ExpectThrowCalls &ExpectThrow,
            llvm::DenseSet<const FunctionDecl *> &ExpectingThrow)
      : SpawnFunctions(SpawnFunctions), ExpectThrow(ExpectThrow),
        ExpectingThrow(ExpectingThrow) {}

  bool VisitCallExpr(CallExpr *Call) {
    ExpectThrow.collectLambdas(*Call, ExpectingThrow);
    const NamedDecl *Callee = calleeOf(*Call);
    if (Callee && Callee->getIdentifier() &&
        SpawnFunctions.mayContain(Callee->getName()))
      Spawns.push_back(Call);
    return true;
  }
  void discarded(const Expr &, const DiscardedValue &Discarded) {
    const Expr *Value = Discarded.Value;
    if (const auto *Call = dyn_cast<CallExpr>(Value)) {
      if (Call->isPRValue())
        Discards.push_back(Discarded);
      return;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Value);
    if (Ref && Discarded.Form != DiscardForm::Statement &&
        isa<VarDecl>(Ref->getDecl()))
      Discards.push_back(Discarded);
  }

  std::vector<const CallExpr *> Spawns;
  std::vector<DiscardedValue> Discards;

private:
  const QualifiedNameSet &SpawnFunctions;
  const ExpectThrowCalls &ExpectThrow;
  llvm::DenseSet<const FunctionDecl *> &ExpectingThrow;
};

/// The coroutine that \p E runs when it is spawned: a call of a coroutine,
/// a coroutine lambda or function, a lambda or function whose body only
/// returns such a call (`[self] { return self->reader(); }`), an adapter
/// called on a task (`lazy.via(executor)`), or a local variable that holds
/// such a task. Its definition, or its
/// declaration when it is defined in another file.
const FunctionDecl *coroutineOf(const Expr *E, const TaskTypes &Tasks,
                                unsigned Depth = 0) {
  if (!E || Depth > 4)
    return nullptr;
  E = withoutImplicit(E);
  const FunctionDecl *F = nullptr;
  const Expr *AdaptedTask = nullptr;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    F = Lambda->getCallOperator();
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    // A local task variable runs what initialised it (`auto k = task();
    // k.start(cb)`).
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && Var->getInit())
        return coroutineOf(Var->getInit(), Tasks, Depth + 1);
    F = dyn_cast<FunctionDecl>(Ref->getDecl());
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    F = Call->getDirectCallee();
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (const Expr *Object = Member->getImplicitObjectArgument())
        if (Tasks.classify(Object->getType()))
          AdaptedTask = Object;
  }
  const FunctionDecl *Definition = nullptr;
  if (!F)
    return nullptr;
  if (!F->hasBody(Definition) || !Definition)
    return F;
  if (userBodyOfCoroutine(*Definition))
    return Definition;
  if (AdaptedTask)
    return coroutineOf(AdaptedTask, Tasks, Depth + 1);
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (Body && Body->size() == 1)
    if (const auto *Return = dyn_cast<ReturnStmt>(Body->body_front()))
      return coroutineOf(Return->getRetValue(), Tasks, Depth + 1);
  return nullptr;
}

/// Whether \p E passes on a parameter of the enclosing function, as it is or
/// through `std::forward`/`std::move`: the caller chose it.
bool isForwardedParameter(const Expr &E) {
  const Expr *Inner = withoutImplicit(&E);
  if (const auto *Call = dyn_cast<CallExpr>(Inner))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (Call->getNumArgs() == 1 && F->isInStdNamespace() &&
          F->getIdentifier() &&
          (F->getName() == "forward" || F->getName() == "move"))
        Inner = withoutImplicit(Call->getArg(0));
  const auto *Ref = dyn_cast<DeclRefExpr>(Inner);
  return Ref && isa<ParmVarDecl>(Ref->getDecl());
}

/// Whether \p S refers to \p D, or to `this` when \p D is null.
bool refersTo(const Stmt *S, const Decl *D) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (D && Ref->getDecl() == D)
      return true;
  if (!D && isa<CXXThisExpr>(S))
    return true;
  for (const Stmt *Child : S->children())
    if (refersTo(Child, D))
      return true;
  return false;
}

/// The arguments of the construction of the thread that \p Detach detaches:
/// `std::thread(f).detach()`, or `t.detach()` on a local built from one (in
/// a template, the construction may still be unresolved).
llvm::SmallVector<const Expr *, 4>
threadArguments(const CXXMemberCallExpr &Detach) {
  llvm::SmallVector<const Expr *, 4> Args;
  const Expr *Object = Detach.getImplicitObjectArgument();
  if (!Object)
    return Args;
  Object = withoutImplicit(Object);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && Var->getInit())
        Object = withoutImplicit(Var->getInit());
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Object))
    Object = withoutImplicit(Cast->getSubExpr());
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Object))
    Args.append(Construct->arg_begin(), Construct->arg_end());
  else if (const auto *Unresolved = dyn_cast<CXXUnresolvedConstructExpr>(Object))
    Args.append(Unresolved->arg_begin(), Unresolved->arg_end());
  else if (const auto *List = dyn_cast<ParenListExpr>(Object))
    for (unsigned I = 0; I < List->getNumExprs(); ++I)
      Args.push_back(List->getExpr(I));
  return Args;
}

/// Whether a detached thread uses only what it owns: its function is a
/// lambda that captures nothing by reference and not `this`, and no other
/// argument refers to `this`. In an awaiter's `await_suspend`, a lambda
/// given the suspended coroutine's handle resumes that coroutine, which
/// waits for it (the awaiter lives in its frame).
bool threadOwnsWhatItUses(const CXXMemberCallExpr &Detach,
                          const FunctionDecl &Function) {
  llvm::SmallVector<const Expr *, 4> Args = threadArguments(Detach);
  const auto *Lambda =
      Args.empty() ? nullptr : dyn_cast<LambdaExpr>(withoutImplicit(Args[0]));
  if (!Lambda)
    return false;
  if (Function.getIdentifier() && Function.getName() == "await_suspend" &&
      Function.getNumParams() == 1)
    for (const Expr *Init : Lambda->capture_inits())
      if (refersTo(Init, Function.getParamDecl(0)))
        return true;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Capture.getCaptureKind() == LCK_ByRef ||
        Capture.getCaptureKind() == LCK_This)
      return false;
  for (unsigned I = 1; I < Args.size(); ++I)
    if (refersTo(Args[I], nullptr))
      return false;
  return true;
}

/// The first parameter of a lambda handler when it is unnamed or unused:
/// the handler drops the error (or the result that carries it).
const ParmVarDecl *ignoredFirstParameter(const Expr &Handler) {
  const auto *Lambda = dyn_cast<LambdaExpr>(withoutImplicit(&Handler));
  const CXXMethodDecl *Call = Lambda ? Lambda->getCallOperator() : nullptr;
  if (!Call || Call->getNumParams() == 0)
    return nullptr;
  const ParmVarDecl *First = Call->getParamDecl(0);
  if (!First->getIdentifier() || !First->isReferenced())
    return First;
  return nullptr;
}

enum Message {
  StartsUnowned,
  DetachedToken,
  HandlerIgnoresError,
  CallbackIgnoresResult,
  DetachesThread,
};

} // namespace

UnownedTaskCheck::UnownedTaskCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
      TaskTypesList(
          Options.getLocalOrGlobal("TaskTypes", knowledge::TaskTypes)),
      SpawnFunctionsList(
          Options.get("SpawnFunctions", knowledge::SpawnFunctions)),
      DetachedTokensList(
          Options.get("DetachedTokens", knowledge::DetachedTokens)),
      OwningFunctionsList(
          Options.get("OwningFunctions", knowledge::OwningFunctions)),
      UnownedTaskHintsList(
          Options.get("UnownedTaskHints", knowledge::UnownedTaskHints)),
      DeliberateDetachFunctionsList(
          Options.get("DeliberateDetachFunctions", "")),
      EagerSenderFactoriesList(Options.getLocalOrGlobal(
          "EagerSenderFactories", knowledge::EagerSenderFactories)),
      ContinuationFunctionsList(Options.get("ContinuationFunctions",
                                            knowledge::ContinuationFunctions)),
      InBandErrorTypesList(
          Options.get("InBandErrorTypes", knowledge::InBandErrorTypes)),
      ErrorRaisingFunctionsList(Options.get("ErrorRaisingFunctions",
                                            knowledge::ErrorRaisingFunctions)),
      OwningWaitsList(Options.get("OwningWaits", knowledge::OwningWaits)),
      ExpectThrowCallsList(Options.getLocalOrGlobal(
          "ExpectThrowCalls", knowledge::ExpectThrowCalls)),
      Libraries(CoroutineTypes.list()), Tasks(TaskTypesList, Libraries),
      SpawnEntries(knowledge::parseEntries(SpawnFunctionsList)),
      SpawnFunctions(knowledge::keysOf(SpawnEntries)),
      DetachedTokens(knowledge::namesIn(DetachedTokensList)),
      OwningFunctions(knowledge::namesIn(OwningFunctionsList)),
      Hints(knowledge::parseLibraryMap(UnownedTaskHintsList)),
      DeliberateDetachFunctions(
          knowledge::namesIn(DeliberateDetachFunctionsList)),
      EagerSenders(EagerSenderFactoriesList),
      ContinuationFunctions(knowledge::namesIn(ContinuationFunctionsList)),
      InBandErrorTypes(knowledge::namesIn(InBandErrorTypesList)),
      ErrorRaisingFunctions(knowledge::namesIn(ErrorRaisingFunctionsList)),
      OwningWaits(knowledge::namesIn(OwningWaitsList)),
      ExpectThrow(ExpectThrowCallsList) {}

void UnownedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
  Options.store(Opts, "TaskTypes", TaskTypesList);
  Options.store(Opts, "SpawnFunctions", SpawnFunctionsList);
  Options.store(Opts, "DetachedTokens", DetachedTokensList);
  Options.store(Opts, "OwningFunctions", OwningFunctionsList);
  Options.store(Opts, "UnownedTaskHints", UnownedTaskHintsList);
  Options.store(Opts, "DeliberateDetachFunctions",
                DeliberateDetachFunctionsList);
  Options.store(Opts, "EagerSenderFactories", EagerSenderFactoriesList);
  Options.store(Opts, "ContinuationFunctions", ContinuationFunctionsList);
  Options.store(Opts, "InBandErrorTypes", InBandErrorTypesList);
  Options.store(Opts, "ErrorRaisingFunctions", ErrorRaisingFunctionsList);
  Options.store(Opts, "OwningWaits", OwningWaitsList);
  Options.store(Opts, "ExpectThrowCalls", ExpectThrowCallsList);
}

std::optional<UnownedTaskCheck::Spawn>
UnownedTaskCheck::spawnOf(const Expr &Call) const {
  const NamedDecl *Callee = calleeOf(Call);
  if (!Callee || !Callee->getIdentifier() ||
      !SpawnFunctions.mayContain(Callee->getName()))
    return std::nullopt;
  std::optional<unsigned> Index = SpawnFunctions.find(*Callee);
  if (!Index)
    return std::nullopt;
  auto [Library, Condition] = SpawnEntries[*Index].Value.split(':');
  return Spawn{Library.trim(), Condition.trim()};
}

void UnownedTaskCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
  Finder->addMatcher(functionDefinition(), this);
}

void UnownedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Function = *Result.Nodes.getNodeAs<FunctionDecl>("function");
  // A lambda given to an assertion that expects it to throw.
  if (ExpectingThrow.contains(&expectThrowKey(Function)))
    return;
  Collector Statements(SpawnFunctions, ExpectThrow, ExpectingThrow);
  Statements.walk(Function);
  for (const CallExpr *Call : Statements.Spawns)
    checkSpawn(*Call, Function, *Result.Context);
  // A dropped eager task, or the future of a start that owns nothing else.
  for (const DiscardedValue &Discarded : Statements.Discards) {
    const auto *Call = dyn_cast<CallExpr>(Discarded.Value);
    if (Call)
      if (std::optional<EagerSenderFactories::Factory> Factory =
              EagerSenders.find(*Call)) {
        checkStartedSender(Discarded, *Factory, Function, *Result.Context);
        continue;
      }
    // A continuation attached to the task observes its result.
    if (Call && isa<CXXMemberCallExpr>(Call) &&
        findCallee(ContinuationFunctions, *Call))
      continue;
    if (Call && (Call->getNumArgs() == 0 || isa<CXXMemberCallExpr>(Call)))
      if (std::optional<Spawn> S = spawnOf(*Call))
        if (S->Condition == "result") {
          if (Call->getNumArgs() == 0)
            checkDiscarded(Discarded, Function, *Result.Context);
          continue;
        }
    if (Tasks.classify(Discarded.Value->getType()).Kind == TaskKind::Eager)
      checkDiscarded(Discarded, Function, *Result.Context);
  }
}

bool UnownedTaskCheck::isDeliberate(const Expr &Spawned,
                                    const FunctionDecl &Function,
                                    ASTContext &Context) const {
  if (DeliberateDetachFunctions.empty())
    return false;
  for (const DeclContext *DC = &Function; DC; DC = DC->getParent())
    if (const auto *F = dyn_cast<FunctionDecl>(DC))
      if (DeliberateDetachFunctions.find(*F))
        return true;
  // The spawned work itself: `co_spawn(ex, acceptor(), detached)`.
  for (const BoundNodes &Nodes :
       match(findAll(callExpr().bind("call")), Spawned, Context))
    if (const NamedDecl *Callee = calleeOf(*Nodes.getNodeAs<CallExpr>("call")))
      if (DeliberateDetachFunctions.find(*Callee))
        return true;
  return false;
}

bool UnownedTaskCheck::isWaitedFor(const CallExpr &Task,
                                   const FunctionDecl &Function,
                                   ASTContext &Context) const {
  const FunctionDecl *Callee = Task.getDirectCallee();
  if (OwningWaits.empty() || !Callee || !Function.getBody())
    return false;
  for (unsigned I = 0; I < Task.getNumArgs() && I < Callee->getNumParams();
       ++I) {
    QualType Param = Callee->getParamDecl(I)->getType();
    if (!Param->isLValueReferenceType() ||
        Param.getNonReferenceType().isConstQualified())
      continue;
    const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(Task.getArg(I)));
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !Var->hasLocalStorage())
      continue;
    for (const BoundNodes &Nodes :
         match(findAll(cxxMemberCallExpr(on(declRefExpr(to(equalsNode(Var)))))
                           .bind("wait")),
               *Function.getBody(), Context))
      if (findCallee(OwningWaits, *Nodes.getNodeAs<CallExpr>("wait")))
        return true;
  }
  return false;
}

const FunctionDecl *UnownedTaskCheck::spawnedWork(const CallExpr &Call,
                                                  const Expr *Token) const {
  llvm::SmallVector<const Expr *, 4> Candidates;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    Candidates.push_back(Member->getImplicitObjectArgument());
  for (const Expr *Arg : Call.arguments())
    if (Arg != Token && !isa<CXXDefaultArgExpr>(Arg))
      Candidates.push_back(Arg);
  for (const Expr *Candidate : Candidates) {
    if (!Candidate)
      continue;
    const Expr *Bare = withoutImplicit(Candidate);
    if (isa<LambdaExpr>(Bare) || Tasks.classify(Bare->getType()))
      return coroutineOf(Bare, Tasks);
  }
  return nullptr;
}

bool UnownedTaskCheck::workCanFail(const FunctionDecl &Work,
                                   const ASTContext &Context) const {
  ErrorEscape Analysis(InBandErrorTypes, ErrorRaisingFunctions,
                       Context.getSourceManager());
  // A coroutine defined in another file may fail.
  const FunctionDecl *Coroutine = ErrorEscape::coroutineDefinition(Work);
  return !Coroutine || Analysis.escapes(*Coroutine);
}

bool UnownedTaskCheck::expectedToThrow(SourceLocation Loc,
                                       ASTContext &Context) const {
  return ExpectThrow.inMacroArgument(Loc, Context.getSourceManager(),
                                     Context.getLangOpts());
}

bool UnownedTaskCheck::isOwned(const Expr &Discarded,
                               const FunctionDecl &Function,
                               ASTContext &Context) const {
  if (const auto *Call = dyn_cast<CallExpr>(&Discarded))
    if (isWaitedFor(*Call, Function, Context))
      return true;
  if (OwningFunctions.empty())
    return false;
  for (const BoundNodes &Nodes :
       match(findAll(callExpr().bind("call")), Discarded, Context))
    if (const NamedDecl *Callee = calleeOf(*Nodes.getNodeAs<CallExpr>("call")))
      if (OwningFunctions.find(*Callee))
        return true;
  return false;
}

void UnownedTaskCheck::checkSpawn(const CallExpr &Call,
                                  const FunctionDecl &Function,
                                  ASTContext &Context) {
  std::optional<Spawn> S = spawnOf(Call);
  if (!S)
    return;
  Message What = S->Library == "std-thread" ? DetachesThread : StartsUnowned;
  const ParmVarDecl *Ignored = nullptr;
  if (S->Condition == "completion-token") {
    // The token is the last argument written: Asio adds defaulted
    // constraint parameters after it.
    const Expr *Token = nullptr;
    for (const Expr *Arg : Call.arguments())
      if (!isa<CXXDefaultArgExpr>(Arg))
        Token = Arg;
    // A token the caller handed in is the caller's choice, reported where
    // the caller makes it.
    if (!Token || isForwardedParameter(*Token))
      return;
    const CXXRecordDecl *TokenType =
        Token->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (TokenType && DetachedTokens.find(*TokenType))
      What = DetachedToken;
    else if ((Ignored = ignoredFirstParameter(*Token)))
      What = HandlerIgnoresError;
    else
      return;
  } else if (S->Condition == "result") {
    // Without a callback, the returned future is the owner: see the
    // discarded-statement matcher.
    if (Call.getNumArgs() == 0 || !(Ignored = ignoredFirstParameter(*Call.getArg(0))))
      return;
    What = CallbackIgnoresResult;
  } else if (S->Condition == "task-argument") {
    if (Tasks.classify(Call.getType()) ||
        llvm::none_of(Call.arguments(), [this](const Expr *Arg) {
          return static_cast<bool>(Tasks.classify(Arg->getType()));
        }))
      return;
  } else if (!S->Condition.empty()) {
    return;
  }
  if (isDeliberate(Call, Function, Context))
    return;
  if (What == DetachesThread) {
    const auto *Detach = dyn_cast<CXXMemberCallExpr>(&Call);
    if (Detach && threadOwnsWhatItUses(*Detach, Function))
      return;
  } else {
    // Nothing is lost when no exception can leave the spawned coroutine.
    const Expr *Token = nullptr;
    if (S->Condition == "completion-token") {
      for (const Expr *Arg : Call.arguments())
        if (!isa<CXXDefaultArgExpr>(Arg))
          Token = Arg;
    } else if (S->Condition == "result" && Call.getNumArgs()) {
      Token = Call.getArg(0);
    }
    if (const FunctionDecl *Work = spawnedWork(Call, Token))
      if (!workCanFail(*Work, Context))
        return;
  }
  SourceLocation Loc = calleeNameLoc(Call);
  if (expectedToThrow(Loc, Context) || !Reported.insert(Loc).second)
    return;
  diag(Loc, "%select{'%1' starts work that nothing owns: its errors are lost, "
            "and nothing can wait for it or cancel it"
            "|'%1' with 'detached' starts a task that nothing owns: its "
            "exceptions are dropped, and nothing can wait for it or cancel it"
            "|the completion handler passed to '%1' ignores the exception, so "
            "the spawned task's errors are lost"
            "|the callback passed to '%1' ignores the task's result, so its "
            "errors are lost"
            "|'%1' leaves the thread with no owner: nothing can join it, and "
            "it may outlive the objects it uses}0")
      << What << displayName(*calleeOf(Call));
  if (Ignored)
    diag(Ignored->getIdentifier() ? Ignored->getLocation()
                                  : Ignored->getBeginLoc(),
         "the %select{result|exception}0 parameter is %select{never used|"
         "unnamed}1",
         DiagnosticIDs::Note)
        << (What == HandlerIgnoresError) << !Ignored->getIdentifier();
  noteOwnedForm(Loc, S->Library);
}

void UnownedTaskCheck::checkDiscarded(const DiscardedValue &Discarded,
                                      const FunctionDecl &Function,
                                      ASTContext &Context) {
  const Expr &Value = *Discarded.Value;
  if (isOwned(Value, Function, Context) ||
      isDeliberate(Value, Function, Context))
    return;
  const auto *Call = dyn_cast<CallExpr>(&Value);
  // Nothing is lost when no exception can leave the task's coroutine.
  if (Call)
    if (const FunctionDecl *Work = spawnOf(*Call) ? spawnedWork(*Call, nullptr)
                                                  : coroutineOf(Call, Tasks))
      if (!workCanFail(*Work, Context))
        return;
  SourceLocation Loc = Call ? calleeNameLoc(*Call) : Value.getExprLoc();
  if (expectedToThrow(Loc, Context) || !Reported.insert(Loc).second)
    return;
  const unsigned Form = static_cast<unsigned>(Discarded.Form);
  std::optional<Spawn> S = Call ? spawnOf(*Call) : std::nullopt;
  if (S) {
    diag(Loc, "the future returned by '%0' is %select{discarded|cast to void|"
              "assigned to 'std::ignore'}1: the task runs with no owner, so "
              "its errors are lost and nothing can wait for it or cancel it")
        << displayName(*calleeOf(*Call)) << Form;
    noteOwnedForm(Loc, S->Library);
    return;
  }
  TaskType Task = Tasks.classify(Value.getType());
  const NamedDecl *Named =
      Call ? calleeOf(*Call) : cast<DeclRefExpr>(&Value)->getDecl();
  if (!Named)
    return;
  diag(Loc, "eager task %select{returned by '%1'|'%1'}0 is "
            "%select{discarded|cast to void|assigned to 'std::ignore'}2: it "
            "keeps running with no owner, so its errors are lost and nothing "
            "can wait for it")
      << !Call << (Call ? displayName(*Named) : Named->getName().str())
      << Form;
  noteOwnedForm(Loc, Task.Library);
}

void UnownedTaskCheck::checkStartedSender(
    const DiscardedValue &Discarded,
    const EagerSenderFactories::Factory &Factory, const FunctionDecl &Function,
    ASTContext &Context) {
  const auto &Call = *cast<CallExpr>(Discarded.Value);
  if (Factory.Detaches && isDeliberate(Call, Function, Context))
    return;
  SourceLocation Loc = calleeNameLoc(Call);
  if (expectedToThrow(Loc, Context) || !Reported.insert(Loc).second)
    return;
  diag(Loc, "the sender returned by '%0' is %select{discarded|cast to void|"
            "assigned to 'std::ignore'}1, but its work has already started: "
            "%select{the work is asked to stop, and its result and errors are "
            "lost|dropping the sender detaches the work, so its errors are "
            "lost and nothing can wait for it or cancel it}2")
      << displayName(*calleeOf(Call)) << static_cast<unsigned>(Discarded.Form)
      << Factory.Detaches;
  if (Factory.Detaches)
    noteOwnedForm(Loc, Factory.Library);
  else
    diag(Loc, "keep the sender and 'co_await' it to run the work to its end "
              "and see its result",
         DiagnosticIDs::Note);
}

void UnownedTaskCheck::noteOwnedForm(SourceLocation Loc,
                                     llvm::StringRef Library) {
  auto Hint = Hints.find(Library);
  if (Hint != Hints.end())
    diag(Loc, "to give it an owner, %0", DiagnosticIDs::Note) << Hint->second;
}

} // namespace clang::tidy::async
