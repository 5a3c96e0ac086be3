//===--- UnownedTaskCheck.cpp - async-lint --------------------------------===//

#include "UnownedTaskCheck.h"
#include "ExprUnwrap.h"
#include "OwnStatementsVisitor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// The calls of one function that may start work, and the statements that
/// may drop a task.
class Collector : public OwnStatementsVisitor<Collector> {
public:
  explicit Collector(const QualifiedNameSet &SpawnFunctions)
      : SpawnFunctions(SpawnFunctions) {}

  bool VisitCallExpr(CallExpr *Call) {
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
};

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
    : ClangTidyCheck(Name, Context),
      CoroutineTypesList(
          Options.getLocalOrGlobal("CoroutineTypes", knowledge::CoroutineTypes)),
      TaskTypesList(Options.getLocalOrGlobal("TaskTypes", knowledge::TaskTypes)),
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
      Libraries(CoroutineTypesList), Tasks(TaskTypesList, Libraries),
      SpawnEntries(knowledge::parseEntries(SpawnFunctionsList)),
      SpawnFunctions(knowledge::keysOf(SpawnEntries)),
      DetachedTokens(knowledge::namesIn(DetachedTokensList)),
      OwningFunctions(knowledge::namesIn(OwningFunctionsList)),
      Hints(knowledge::parseLibraryMap(UnownedTaskHintsList)),
      DeliberateDetachFunctions(
          knowledge::namesIn(DeliberateDetachFunctionsList)),
      EagerSenders(EagerSenderFactoriesList) {}

void UnownedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CoroutineTypes", CoroutineTypesList);
  Options.store(Opts, "TaskTypes", TaskTypesList);
  Options.store(Opts, "SpawnFunctions", SpawnFunctionsList);
  Options.store(Opts, "DetachedTokens", DetachedTokensList);
  Options.store(Opts, "OwningFunctions", OwningFunctionsList);
  Options.store(Opts, "UnownedTaskHints", UnownedTaskHintsList);
  Options.store(Opts, "DeliberateDetachFunctions",
                DeliberateDetachFunctionsList);
  Options.store(Opts, "EagerSenderFactories", EagerSenderFactoriesList);
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
  Finder->addMatcher(functionDefinition(), this);
}

void UnownedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Function = *Result.Nodes.getNodeAs<FunctionDecl>("function");
  Collector Statements(SpawnFunctions);
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

bool UnownedTaskCheck::isOwned(const Expr &Discarded,
                               ASTContext &Context) const {
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
    if (!Token)
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
  SourceLocation Loc = calleeNameLoc(Call);
  if (!Reported.insert(Loc).second)
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
  if (isOwned(Value, Context) || isDeliberate(Value, Function, Context))
    return;
  const auto *Call = dyn_cast<CallExpr>(&Value);
  SourceLocation Loc = Call ? calleeNameLoc(*Call) : Value.getExprLoc();
  if (!Reported.insert(Loc).second)
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
  if (!Reported.insert(Loc).second)
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
