//===--- TaskTypes.cpp - async-lint ---------------------------------------===//

#include "TaskTypes.h"
#include "CallTargets.h"
#include "ExprUnwrap.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::async {

namespace {

/// The first declaration named \p Name in \p Record or its bases.
const NamedDecl *findMember(const CXXRecordDecl *Record, DeclarationName Name,
                            unsigned Depth = 0) {
  if (!Record || Depth > 8)
    return nullptr;
  Record = Record->getDefinition();
  if (!Record)
    return nullptr;
  auto Result = Record->lookup(Name);
  if (!Result.empty())
    return Result.front();
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (const NamedDecl *Found =
            findMember(classOf(Base.getType()), Name, Depth + 1))
      return Found;
  return nullptr;
}

const NamedDecl *findMember(const CXXRecordDecl *Record,
                            llvm::StringRef Name) {
  if (!Record)
    return nullptr;
  return findMember(Record,
                    DeclarationName(&Record->getASTContext().Idents.get(Name)));
}

/// The constant a function returns when its body is `return <constant>;`.
std::optional<bool> constantResult(const FunctionDecl *F) {
  if (F)
    if (const FunctionTemplateDecl *Template = F->getDescribedFunctionTemplate())
      F = Template->getTemplatedDecl();
  const auto *Body = F ? dyn_cast_or_null<CompoundStmt>(F->getBody()) : nullptr;
  if (!Body || Body->size() != 1)
    return std::nullopt;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  const Expr *Value = Return ? Return->getRetValue() : nullptr;
  bool Result = false;
  if (!Value || Value->isValueDependent() ||
      !Value->EvaluateAsBooleanCondition(Result, F->getASTContext()))
    return std::nullopt;
  return Result;
}

/// Whether awaiting \p Awaiter suspends without looking at anything.
std::optional<bool> alwaysSuspends(const CXXRecordDecl *Awaiter) {
  if (!Awaiter)
    return std::nullopt;
  if (Awaiter->getName() == "suspend_always")
    return true;
  if (Awaiter->getName() == "suspend_never")
    return false;
  if (std::optional<bool> Ready = constantResult(dyn_cast_or_null<FunctionDecl>(
          findMember(Awaiter, "await_ready"))))
    return !*Ready;
  return std::nullopt;
}

/// The type a member type declaration stands for.
const CXXRecordDecl *recordOfMemberType(const NamedDecl *D) {
  if (const auto *Alias = dyn_cast_or_null<TypedefNameDecl>(D))
    return classOf(Alias->getUnderlyingType());
  return dyn_cast_or_null<CXXRecordDecl>(D);
}

/// Whether a coroutine returning \p Record starts suspended.
std::optional<bool> startsSuspended(const CXXRecordDecl &Record) {
  const CXXRecordDecl *Promise =
      recordOfMemberType(findMember(&Record, "promise_type"));
  if (!Promise)
    return std::nullopt;
  const auto *Initial =
      dyn_cast_or_null<FunctionDecl>(findMember(Promise, "initial_suspend"));
  if (!Initial && !Promise->hasDefinition()) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Promise))
      Initial = dyn_cast_or_null<FunctionDecl>(findMember(
          Spec->getSpecializedTemplate()->getTemplatedDecl(),
          "initial_suspend"));
    // A member class of a class template that nothing instantiated yet.
    else if (const CXXRecordDecl *Pattern =
                 Promise->getInstantiatedFromMemberClass())
      Initial = dyn_cast_or_null<FunctionDecl>(
          findMember(Pattern, "initial_suspend"));
  }
  if (!Initial)
    return std::nullopt;
  return alwaysSuspends(classOf(Initial->getReturnType()));
}

/// Whether `co_await` can take an object of \p Record as it is: it has a
/// member `operator co_await`, or it is an awaiter itself.
bool isAwaitable(const CXXRecordDecl &Record) {
  ASTContext &Context = Record.getASTContext();
  if (findMember(&Record,
                 Context.DeclarationNames.getCXXOperatorName(OO_Coawait)))
    return true;
  return findMember(&Record, "await_ready") &&
         findMember(&Record, "await_suspend") &&
         findMember(&Record, "await_resume");
}

const Decl *familyOf(const CXXRecordDecl *Record) {
  if (!Record)
    return nullptr;
  if (const CXXRecordDecl *Pattern = Record->getTemplateInstantiationPattern())
    Record = Pattern;
  return Record->getCanonicalDecl();
}

/// The outermost namespace of \p D, unless it is `std`.
const NamespaceDecl *outermostNamespace(const Decl *D) {
  const NamespaceDecl *Outer = nullptr;
  for (const DeclContext *DC = D ? D->getDeclContext() : nullptr; DC;
       DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Outer = NS;
  if (!Outer || Outer->isStdNamespace() || Outer->getName() == "std")
    return nullptr;
  return Outer->getCanonicalDecl();
}

bool isStdIgnore(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(E));
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->getName() == "ignore" &&
         Var->getDeclContext()->getRedeclContext()->isStdNamespace();
}

} // namespace

TaskTypes::TaskTypes(llvm::StringRef TypeList,
                     const CoroutineLibraries &Libraries)
    : Entries(knowledge::parseEntries(TypeList)),
      Known(knowledge::keysOf(Entries)), Libraries(Libraries) {}

TaskType TaskTypes::classify(QualType T) const {
  if (T.isNull() || T->isDependentType())
    return {};
  const CXXRecordDecl *Record = classOf(T);
  if (!Record)
    return {};
  auto [It, Inserted] = Cache.try_emplace(Record);
  if (Inserted) {
    TaskType Type = classifyRecord(*Record);
    if (Type && Type.Library.empty())
      Type.Library = Libraries.libraryOfType(T);
    It->second = Type;
  }
  return It->second;
}

TaskType TaskTypes::classifyRecord(const CXXRecordDecl &Record) const {
  TaskType Result;
  Result.Family = &Record;
  if (std::optional<unsigned> Index = Known.find(Record)) {
    llvm::StringRef Kind = Entries[*Index].Value;
    Result.Kind = Kind == "eager"  ? TaskKind::Eager
                  : Kind == "lazy" ? TaskKind::Lazy
                                   : TaskKind::None;
    return Result;
  }
  if (!Record.hasDefinition())
    return Result;
  if (std::optional<bool> Suspended = startsSuspended(Record)) {
    // An unlisted coroutine type that starts at once is fire-and-forget by
    // design: not a task here. Nor is one that cannot be awaited: a
    // generator is a range, and a generator's iterator may name the
    // generator's promise.
    if (*Suspended && isAwaitable(Record))
      Result.Kind = TaskKind::Lazy;
    return Result;
  }
  if (findMember(&Record, "sender_concept") || findMember(&Record, "is_sender")) {
    Result.Kind = TaskKind::Lazy;
    Result.Sender = true;
    Result.Library = "stdexec";
  } else if (findMember(&Record, "sends_done")) {
    Result.Kind = TaskKind::Lazy;
    Result.Sender = true;
    Result.Library = "unifex";
  } else if (findMember(&Record, "await_suspend")) {
    // An awaiter does nothing until it is awaited.
    Result.Kind = TaskKind::Lazy;
  }
  return Result;
}

bool TaskTypes::sameFamily(const TaskType &Task,
                           const FunctionDecl &Coroutine) const {
  if (!userBodyOfCoroutine(Coroutine))
    return false;
  QualType Return = Coroutine.getReturnType();
  if (!Task.Library.empty() && Task.Library == Libraries.libraryOfType(Return))
    return true;
  const CXXRecordDecl *CoroutineRecord = classOf(Return);
  if (!CoroutineRecord)
    return false;
  const auto *TaskRecord = cast<CXXRecordDecl>(Task.Family);
  if (familyOf(TaskRecord) == familyOf(CoroutineRecord))
    return true;
  const NamespaceDecl *TaskNamespace = outermostNamespace(TaskRecord);
  return TaskNamespace && TaskNamespace == outermostNamespace(CoroutineRecord);
}

EagerSenderFactories::EagerSenderFactories(llvm::StringRef List)
    : Entries(knowledge::parseEntries(List)), Names(knowledge::keysOf(Entries)) {}

std::optional<EagerSenderFactories::Factory>
EagerSenderFactories::find(const Expr &E) const {
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(&E));
  if (!Call || Names.empty())
    return std::nullopt;
  std::optional<unsigned> Index = findCallee(Names, *Call);
  if (!Index)
    return std::nullopt;
  auto [Library, Effect] = Entries[*Index].Value.split(':');
  return Factory{Library.trim(), Effect.trim() != "stops"};
}

ExpectThrowCalls::ExpectThrowCalls(llvm::StringRef List) {
  for (const knowledge::Entry &E : knowledge::parseEntries(List)) {
    llvm::StringRef Name = E.Key;
    if (Name.consume_back("*"))
      Prefixes.push_back(Name.str());
    else
      Names[Name] = true;
  }
}

bool ExpectThrowCalls::matches(llvm::StringRef Name) const {
  return Names.count(Name) ||
         llvm::any_of(Prefixes, [Name](const std::string &Prefix) {
           return Name.starts_with(Prefix);
         });
}

bool ExpectThrowCalls::isCallOf(const CallExpr &Call) const {
  const NamedDecl *Callee = calleeOf(Call);
  return Callee && Callee->getIdentifier() && matches(Callee->getName());
}

bool ExpectThrowCalls::inMacroArgument(SourceLocation Loc,
                                       const SourceManager &SM,
                                       const LangOptions &LangOpts) const {
  if (Names.empty() && Prefixes.empty())
    return false;
  // Each level of expansion that \p Loc is an argument of: gtest's
  // EXPECT_THROW passes its statement on to GTEST_TEST_THROW_.
  for (unsigned Depth = 0; Loc.isMacroID() && Depth < 16; ++Depth) {
    if (matches(Lexer::getImmediateMacroName(Loc, SM, LangOpts)))
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

void ExpectThrowCalls::collectLambdas(
    const CallExpr &Call,
    llvm::DenseSet<const FunctionDecl *> &Expecting) const {
  if (!isCallOf(Call))
    return;
  for (const Expr *Arg : Call.arguments())
    if (const auto *Lambda = dyn_cast<LambdaExpr>(withoutImplicit(Arg)))
      if (const CXXMethodDecl *Operator = Lambda->getCallOperator())
        Expecting.insert(&expectThrowKey(*Operator));
}

const FunctionDecl &expectThrowKey(const FunctionDecl &F) {
  if (const FunctionTemplateDecl *Template = F.getPrimaryTemplate())
    return *Template->getTemplatedDecl()->getCanonicalDecl();
  return *F.getCanonicalDecl();
}

std::optional<DiscardedValue> discardedValue(const Expr &E) {
  const Expr *Value = withoutImplicit(&E);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Value))
    if (Cast->getType()->isVoidType())
      return DiscardedValue{withoutImplicit(Cast->getSubExpr()),
                            DiscardForm::VoidCast};
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Value))
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        isStdIgnore(Op->getArg(0)))
      return DiscardedValue{withoutImplicit(Op->getArg(1)),
                            DiscardForm::StdIgnore};
  return DiscardedValue{Value, DiscardForm::Statement};
}

} // namespace clang::tidy::async
