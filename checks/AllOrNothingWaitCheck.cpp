//===--- AllOrNothingWaitCheck.cpp - async-lint ---------------------------===//

#include "AllOrNothingWaitCheck.h"
#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "TaskCollections.h"
#include "TaskTypes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// The member functions that add an element to a standard container.
constexpr llvm::StringLiteral FillFunctions[] = {
    "push_back", "emplace_back", "push_front", "emplace_front", "insert",
    "emplace"};

/// What happens to the value of the `co_await` of a gather.
struct Sink {
  enum Kind {
    Discarded, ///< an expression statement, `(void)`
    Local,     ///< a local variable or structured binding holds it
    Iterated,  ///< `for (auto &r : co_await ...)`
    Escapes,   ///< `co_return`-ed, or stored outside the coroutine
  } K;
  const VarDecl *Var = nullptr; ///< for Local
  SourceLocation Loc;
};

struct Finding {
  const CallExpr *Call;
  unsigned Entry;
};

/// The tasks a combinator call waits for: its arguments, without the
/// function object of a call through a customization point object.
llvm::ArrayRef<const Expr *> childrenOf(const CallExpr &Call) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Args.drop_front();
  return Args;
}

const CallExpr *asCall(const Expr *E) {
  return dyn_cast_or_null<CallExpr>(E ? withoutImplicit(E) : nullptr);
}

bool isStdMove(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  return F && F->isInStdNamespace() && F->getIdentifier() &&
         (F->getName() == "move" || F->getName() == "forward") &&
         Call.getNumArgs() == 1;
}

/// `x` of `x`, `std::move(x)`.
const VarDecl *variableOf(const Expr *E) {
  E = withoutImplicit(E);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (isStdMove(*Call))
      E = withoutImplicit(Call->getArg(0));
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// The function a task expression calls: a function or a lambda's call
/// operator (`f(x)`, `std::move(f(x))`, `watchdog(d)` on a local lambda).
const FunctionDecl *taskFunctionOf(const Expr &Task) {
  const CallExpr *Call = asCall(&Task);
  if (!Call)
    return nullptr;
  if (isStdMove(*Call))
    return taskFunctionOf(*Call->getArg(0));
  return Call->getDirectCallee();
}

/// The collection a range argument names: `tasks`, `std::move(tasks)`,
/// `tasks.begin()`, or null for anything that is not a collection.
const Expr *collectionOf(const Expr *Arg) {
  Arg = withoutCopy(Arg);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Arg)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (!Method || !Method->getIdentifier() ||
        !Method->getName().ends_with("begin"))
      return nullptr;
    return withoutImplicit(Member->getImplicitObjectArgument());
  }
  if (const auto *Call = dyn_cast<CallExpr>(Arg)) {
    if (!isStdMove(*Call))
      return nullptr;
    Arg = withoutImplicit(Call->getArg(0));
  }
  const CXXRecordDecl *Record =
      Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return nullptr;
  for (const CXXMethodDecl *Method : Record->methods())
    if (Method->getIdentifier() && Method->getName() == "begin")
      return Arg;
  return nullptr;
}

/// Collects, in a coroutine's own frame, the combinator calls (of a chain
/// `a && b && c` only the outermost), the `co_await` of each, what happens
/// to the awaited value, and the local collections filled in loops whose
/// trip count comes from the input.
class GatherCollector : public CoroutineFrameVisitor<GatherCollector> {
  using Base = CoroutineFrameVisitor<GatherCollector>;

public:
  GatherCollector(const QualifiedNameSet &Names, const ASTContext &Context)
      : Names(Names), Context(Context) {}

  std::vector<Finding> Findings;
  llvm::DenseMap<const Expr *, const CoawaitExpr *> AwaitOfCall;
  llvm::DenseMap<const VarDecl *, const CoawaitExpr *> AwaitOfVar;
  llvm::DenseMap<const CallExpr *, const VarDecl *> VarOfCall;
  llvm::DenseMap<const CoawaitExpr *, Sink> Sinks;
  llvm::SmallPtrSet<const VarDecl *, 4> FilledFromInput;

  bool VisitCallExpr(CallExpr *Call) {
    std::optional<unsigned> Entry = findCallee(Names, *Call);
    if (!Entry || Nested.contains(Call))
      return true;
    for (const Expr *Child : childrenOf(*Call))
      if (const CallExpr *Inner = asCall(Child))
        if (findCallee(Names, *Inner))
          Nested.insert(Inner);
    Findings.push_back({Call, *Entry});
    return true;
  }

  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    const Expr *Operand = withoutImplicit(Await->getOperand());
    if (const VarDecl *Var = variableOf(Operand))
      AwaitOfVar.try_emplace(Var, Await);
    else
      AwaitOfCall.try_emplace(Operand, Await);
    return true;
  }

  bool VisitVarDecl(VarDecl *Var) {
    if (!Var->getInit())
      return true;
    const Expr *Init = withoutImplicit(withoutCopy(Var->getInit()));
    if (const auto *Await = dyn_cast<CoawaitExpr>(Init))
      Sinks.try_emplace(Await, Sink{Sink::Local, Var, Var->getLocation()});
    else if (const auto *Call = dyn_cast<CallExpr>(Init))
      VarOfCall.try_emplace(Call, Var);
    return true;
  }

  bool VisitCompoundStmt(CompoundStmt *Block) {
    for (const Stmt *S : Block->body())
      if (const auto *E = dyn_cast<Expr>(S))
        if (std::optional<DiscardedValue> D = discardedValue(*E))
          if (const auto *Await = dyn_cast<CoawaitExpr>(D->Value))
            Sinks.try_emplace(Await, Sink{Sink::Discarded, nullptr, {}});
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign)
      assigned(Op->getLHS(), Op->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      assigned(Op->getArg(0), Op->getArg(1));
    return true;
  }

  bool VisitCoreturnStmt(CoreturnStmt *Return) {
    if (const Expr *Operand = Return->getOperand())
      if (const auto *Await =
              dyn_cast<CoawaitExpr>(withoutImplicit(withoutCopy(Operand))))
        Sinks.try_emplace(Await, Sink{Sink::Escapes, nullptr,
                                      Return->getBeginLoc()});
    return true;
  }

  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    if (const Expr *Range = S->getRangeInit())
      if (const auto *Await = dyn_cast<CoawaitExpr>(withoutImplicit(Range)))
        Sinks.try_emplace(Await,
                          Sink{Sink::Iterated, nullptr, S->getBeginLoc()});
    return loop(S, [&] { return Base::TraverseCXXForRangeStmt(S); });
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

  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!InputLoop || !Method || !Method->getIdentifier() ||
        !llvm::is_contained(FillFunctions, Method->getName()))
      return true;
    if (const Expr *Object = Call->getImplicitObjectArgument())
      if (const VarDecl *Var = variableOf(Object))
        FilledFromInput.insert(Var);
    return true;
  }

private:
  void assigned(const Expr *LHS, const Expr *RHS) {
    const auto *Await = dyn_cast<CoawaitExpr>(withoutImplicit(RHS));
    if (!Await)
      return;
    const VarDecl *Var = variableOf(LHS);
    if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) &&
        !Var->getType()->isReferenceType())
      Sinks.try_emplace(Await, Sink{Sink::Local, Var, LHS->getBeginLoc()});
    else
      Sinks.try_emplace(Await, Sink{Sink::Escapes, nullptr,
                                    LHS->getBeginLoc()});
  }

  /// Tracks whether the walk is in a loop whose trip count is not fixed.
  template <typename Walk> bool loop(const Stmt *S, Walk Traverse) {
    bool Saved = InputLoop;
    InputLoop = (Saved || Depth == 0) && !constantTripCount(*S, Context);
    ++Depth;
    bool Continue = Traverse();
    --Depth;
    InputLoop = Saved;
    return Continue;
  }

  const QualifiedNameSet &Names;
  const ASTContext &Context;
  llvm::SmallPtrSet<const CallExpr *, 2> Nested;
  bool InputLoop = false;
  unsigned Depth = 0;
};

/// Whether a statement calls one of a list of functions, in its own frame.
class CallFinder : public CoroutineFrameVisitor<CallFinder> {
public:
  explicit CallFinder(const QualifiedNameSet &Names) : Names(Names) {}
  bool Found = false;
  bool VisitCallExpr(CallExpr *Call) {
    Found |= findCallee(Names, *Call).has_value();
    return !Found;
  }

private:
  const QualifiedNameSet &Names;
};

bool containsThrow(const Stmt *S) {
  if (!S)
    return false;
  if (isa<CXXThrowExpr>(S))
    return true;
  if (isa<LambdaExpr>(S))
    return false;
  for (const Stmt *Child : S->children())
    if (containsThrow(Child))
      return true;
  return false;
}

/// Whether coroutine \p F's whole body is a try block with a `catch (...)`
/// and no handler throws: nothing escapes it.
bool isGuardedCoroutine(const FunctionDecl &F) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(userBodyOfCoroutine(F));
  if (!Body || Body->size() != 1)
    return false;
  const auto *Try = dyn_cast<CXXTryStmt>(Body->body_front());
  if (!Try)
    return false;
  bool CatchesAll = false;
  for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
    const CXXCatchStmt *Handler = Try->getHandler(I);
    CatchesAll |= Handler->getExceptionDecl() == nullptr;
    if (containsThrow(Handler->getHandlerBlock()))
      return false;
  }
  return CatchesAll;
}

/// The result type of an awaitable type such as `task<T>`, `awaitable<T>`:
/// its first template argument.
QualType resultTypeOf(QualType Awaitable) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Awaitable.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

/// How one result of the gather is named where it is used: a structured
/// binding, `std::get<N>(var)`, or the variable itself.
struct ResultUses {
  /// Per full statement, the results it reads outside assertions.
  llvm::DenseMap<const Stmt *, llvm::SmallSet<unsigned, 4>> ByStatement;
  llvm::DenseMap<const Stmt *, SourceLocation> FirstUse;
  bool OneByOne = false; ///< iterated, indexed or returned
  SourceLocation OneByOneLoc;
};

/// Finds where a coroutine reads the results of one gather.
class ResultUseFinder : public RecursiveASTVisitor<ResultUseFinder> {
  using Base = RecursiveASTVisitor<ResultUseFinder>;

public:
  ResultUseFinder(const VarDecl &Holder,
                  llvm::function_ref<bool(SourceLocation)> InAssertion)
      : Holder(Holder), InAssertion(InAssertion) {
    if (const auto *Decomposition = dyn_cast<DecompositionDecl>(&Holder))
      for (const BindingDecl *B : Decomposition->bindings())
        Bindings.push_back(B);
  }

  ResultUses Uses;

  bool TraverseCompoundStmt(CompoundStmt *Block) {
    for (Stmt *S : Block->body()) {
      const Stmt *Saved = Root;
      Root = S;
      // `(void)x;` reads nothing.
      bool Skip = false;
      if (const auto *E = dyn_cast<Expr>(S))
        if (std::optional<DiscardedValue> D = discardedValue(*E))
          Skip = D->Form == DiscardForm::VoidCast &&
                 isa<DeclRefExpr>(D->Value);
      if (!Skip && !TraverseStmt(S))
        return false;
      Root = Saved;
    }
    return true;
  }

  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    if (refersToHolder(S->getRangeInit()))
      oneByOne(S->getBeginLoc());
    return Base::TraverseCXXForRangeStmt(S);
  }
  bool VisitArraySubscriptExpr(ArraySubscriptExpr *E) {
    if (refersToHolder(E->getBase()))
      oneByOne(E->getBeginLoc());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->getOperator() == OO_Subscript && refersToHolder(Op->getArg(0)))
      oneByOne(Op->getBeginLoc());
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      written(Op->getArg(0));
    return true;
  }
  // Assigning the holder writes it; it reads no result.
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->getOpcode() == BO_Assign)
      written(Op->getLHS());
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (M && M->getIdentifier() && M->getName() == "at" &&
        refersToHolder(Call->getImplicitObjectArgument()))
      oneByOne(Call->getBeginLoc());
    return true;
  }
  bool VisitCoreturnStmt(CoreturnStmt *Return) {
    if (refersToHolder(Return->getOperand()))
      oneByOne(Return->getBeginLoc());
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    // `std::get<N>(holder)` reads result N.
    const FunctionDecl *F = Call->getDirectCallee();
    if (!F || !F->isInStdNamespace() || !F->getIdentifier() ||
        F->getName() != "get" || Call->getNumArgs() != 1 ||
        !refersToHolder(Call->getArg(0)))
      return true;
    const TemplateArgumentList *Args = F->getTemplateSpecializationArgs();
    if (Args && Args->size() > 0 &&
        Args->get(0).getKind() == TemplateArgument::Integral) {
      read(Args->get(0).getAsIntegral().getZExtValue(), Call->getBeginLoc());
      GotIndex.insert(withoutImplicit(Call->getArg(0)));
    }
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (const auto *B = dyn_cast<BindingDecl>(Ref->getDecl())) {
      auto It = llvm::find(Bindings, B);
      if (It != Bindings.end())
        read(It - Bindings.begin(), Ref->getLocation());
    } else if (Ref->getDecl() == &Holder && Bindings.empty() &&
               !GotIndex.contains(Ref) && !Written.contains(Ref)) {
      read(0, Ref->getLocation());
    }
    return true;
  }

private:
  bool refersToHolder(const Expr *E) const {
    const VarDecl *Var = E ? variableOf(E) : nullptr;
    return Var == &Holder;
  }
  void written(const Expr *LHS) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(withoutImplicit(LHS)))
      Written.insert(Ref);
  }
  void oneByOne(SourceLocation Loc) {
    if (InAssertion(Loc) || Uses.OneByOne)
      return;
    Uses.OneByOne = true;
    Uses.OneByOneLoc = Loc;
  }
  void read(unsigned Index, SourceLocation Loc) {
    if (!Root || InAssertion(Loc))
      return;
    Uses.ByStatement[Root].insert(Index);
    Uses.FirstUse.try_emplace(Root, Loc);
  }

  const VarDecl &Holder;
  llvm::function_ref<bool(SourceLocation)> InAssertion;
  llvm::SmallVector<const BindingDecl *, 4> Bindings;
  llvm::SmallPtrSet<const Expr *, 4> GotIndex;
  llvm::SmallPtrSet<const Expr *, 4> Written;
  const Stmt *Root = nullptr;
};

/// \p Form with `$[...$]` repeated once per operand, comma-separated; in
/// it `$0` is the operand's text and `$#` its number, from 1.
std::string instantiate(llvm::StringRef Form,
                        llvm::ArrayRef<llvm::StringRef> Operands) {
  size_t Open = Form.find("$[");
  size_t Close = Form.find("$]");
  if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos ||
      Close < Open)
    return Form.str();
  llvm::StringRef Item = Form.slice(Open + 2, Close);
  std::string Result = Form.take_front(Open).str();
  for (size_t I = 0; I < Operands.size(); ++I) {
    if (I)
      Result += ", ";
    std::string Text;
    for (size_t P = 0; P < Item.size(); ++P) {
      if (Item[P] == '$' && P + 1 < Item.size() && Item[P + 1] == '0') {
        Text += Operands[I];
        ++P;
      } else if (Item[P] == '$' && P + 1 < Item.size() && Item[P + 1] == '#') {
        Text += std::to_string(I + 1);
        ++P;
      } else {
        Text += Item[P];
      }
    }
    Result += Text;
  }
  return Result + instantiate(Form.drop_front(Close + 2), Operands);
}

/// Whether the translation unit declares the qualified name \p Name.
bool declares(const ASTContext &Context, llvm::StringRef Name) {
  Name.consume_front("::");
  const DeclContext *Scope = Context.getTranslationUnitDecl();
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  for (size_t I = 0; I < Parts.size(); ++I) {
    auto Found = Scope->lookup(&Context.Idents.get(Parts[I]));
    if (Found.empty())
      return false;
    if (I + 1 == Parts.size())
      return true;
    const auto *Namespace = dyn_cast<NamespaceDecl>(Found.front());
    if (!Namespace)
      return false;
    Scope = Namespace;
  }
  return false;
}

} // namespace

AllOrNothingWaitCheck::AllOrNothingWaitCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CombinatorsList(Options.get("AllOrNothingCombinators",
                                  knowledge::AllOrNothingCombinators)),
      NonCancellingList(Options.get("NonCancellingCombinators",
                                    knowledge::NonCancellingCombinators)),
      NoThrowWrappersList(
          Options.get("NoThrowWrappers", knowledge::NoThrowWrappers)),
      TimerOperationsList(
          Options.get("TimerOperations", knowledge::TimerOperations)),
      ErrorValueTypesList(
          Options.get("ErrorValueTypes", knowledge::ErrorValueTypes)),
      AssertionMacrosList(Options.getLocalOrGlobal(
          "AssertionMacros", knowledge::AssertionMacros)),
      SpellingFallbacksList(
          Options.get("SpellingFallbacks", knowledge::SpellingFallbacks)),
      CheckAwaitableOperators(Options.get("CheckAwaitableOperators", true)),
      Combinators(knowledge::parseEntries(CombinatorsList)),
      CombinatorNames(knowledge::keysOf(Combinators)),
      NonCancelling(knowledge::namesIn(NonCancellingList)),
      NoThrowWrappers(knowledge::namesIn(NoThrowWrappersList)),
      TimerOperations(knowledge::namesIn(TimerOperationsList)),
      ErrorValueTypes(knowledge::namesIn(ErrorValueTypesList)),
      SpellingFallbacks(knowledge::parseEntries(SpellingFallbacksList)) {
  for (llvm::StringRef Macro : knowledge::namesIn(AssertionMacrosList)) {
    llvm::Expected<llvm::GlobPattern> Pattern =
        llvm::GlobPattern::create(Macro);
    if (Pattern)
      AssertionMacros.push_back(std::move(*Pattern));
    else
      configurationDiag("invalid pattern '%0' in AssertionMacros: %1")
          << Macro << llvm::toString(Pattern.takeError());
  }
}

void AllOrNothingWaitCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AllOrNothingCombinators", CombinatorsList);
  Options.store(Opts, "NonCancellingCombinators", NonCancellingList);
  Options.store(Opts, "NoThrowWrappers", NoThrowWrappersList);
  Options.store(Opts, "TimerOperations", TimerOperationsList);
  Options.store(Opts, "ErrorValueTypes", ErrorValueTypesList);
  Options.store(Opts, "AssertionMacros", AssertionMacrosList);
  Options.store(Opts, "SpellingFallbacks", SpellingFallbacksList);
  Options.store(Opts, "CheckAwaitableOperators", CheckAwaitableOperators);
}

void AllOrNothingWaitCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(coroutineDefinition(), this);
}

bool AllOrNothingWaitCheck::isErrorValue(QualType T) const {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isBooleanType())
    return true;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (!Record)
    return false;
  if (ErrorValueTypes.find(*Record))
    return true;
  // Asio's `as_tuple`: `std::tuple<error_code, T>`.
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (Spec && Spec->isInStdNamespace() && Spec->getIdentifier() &&
      (Spec->getName() == "tuple" || Spec->getName() == "pair") &&
      Spec->getTemplateArgs().size() > 0) {
    const TemplateArgument &First = Spec->getTemplateArgs()[0];
    if (First.getKind() == TemplateArgument::Pack && First.pack_size() > 0)
      return isErrorValue(First.pack_begin()->getAsType());
    if (First.getKind() == TemplateArgument::Type)
      return isErrorValue(First.getAsType());
  }
  return false;
}

bool AllOrNothingWaitCheck::cannotFail(const Expr &Child) const {
  if (isErrorValue(resultTypeOf(withoutImplicit(&Child)->getType())))
    return true;
  const CallExpr *Call = asCall(&Child);
  if (!Call)
    return false;
  // `std::move(task)` and `sender | wrapper(f)` look through to the task.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Pipe && Op->getNumArgs() == 2) {
      const CallExpr *Adaptor = asCall(Op->getArg(1));
      return Adaptor && findCallee(NoThrowWrappers, *Adaptor);
    }
  if (findCallee(NoThrowWrappers, *Call))
    return true;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (isStdMove(*Call))
    return cannotFail(*Call->getArg(0));
  if (const auto *Proto = Callee->getType()->getAs<FunctionProtoType>())
    if (Proto->isNothrow())
      return true;
  const FunctionDecl *Definition = Callee->getDefinition();
  return Definition && isGuardedCoroutine(*Definition);
}

bool AllOrNothingWaitCheck::isTimer(const Expr &Child) const {
  const CallExpr *Call = asCall(&Child);
  if (!Call)
    return false;
  if (isStdMove(*Call))
    return isTimer(*Call->getArg(0));
  if (findCallee(TimerOperations, *Call))
    return true;
  // A coroutine of this unit that waits on a timer: a watchdog, a deadline.
  const FunctionDecl *F = taskFunctionOf(*Call);
  const FunctionDecl *Definition = F ? F->getDefinition() : nullptr;
  const Stmt *Body = Definition ? userBodyOfCoroutine(*Definition) : nullptr;
  if (!Body)
    return false;
  CallFinder Timers(TimerOperations);
  Timers.TraverseStmt(const_cast<Stmt *>(Body));
  return Timers.Found;
}

bool AllOrNothingWaitCheck::inAssertion(SourceLocation Loc,
                                        const ASTContext &Context) const {
  if (!Loc.isMacroID() || AssertionMacros.empty())
    return false;
  const SourceManager &SM = Context.getSourceManager();
  // Each macro the location is expanded through, outermost last.
  while (Loc.isMacroID()) {
    llvm::StringRef Name =
        Lexer::getImmediateMacroName(Loc, SM, Context.getLangOpts());
    if (llvm::any_of(AssertionMacros, [&](const llvm::GlobPattern &P) {
          return P.match(Name);
        }))
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

std::string
AllOrNothingWaitCheck::spelledForThisUnit(std::string Text,
                                          const ASTContext &Context) const {
  for (const knowledge::Entry &E : SpellingFallbacks) {
    llvm::StringRef Name = E.Key;
    Name.consume_front("::");
    if (E.Value.empty() || Text.find(Name.str()) == std::string::npos ||
        declares(Context, E.Key))
      continue;
    std::string Result;
    for (size_t Pos = 0;;) {
      size_t Found = Text.find(Name.str(), Pos);
      if (Found == std::string::npos) {
        Result += Text.substr(Pos);
        break;
      }
      // Only whole names: `asio::deferred`, not `boost::asio::deferred`.
      bool Whole = Found == 0 || (!isAlphanumeric(Text[Found - 1]) &&
                                  Text[Found - 1] != '_' &&
                                  Text[Found - 1] != ':');
      Result += Text.substr(Pos, Found - Pos);
      Result += Whole ? E.Value.str() : Name.str();
      Pos = Found + Name.size();
    }
    Text = std::move(Result);
  }
  return Text;
}

void AllOrNothingWaitCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body)
    return;
  ASTContext &Context = *Result.Context;
  GatherCollector Collector(CombinatorNames, Context);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  auto InAssertion = [&](SourceLocation Loc) {
    return inAssertion(Loc, Context);
  };
  for (const Finding &F : Collector.Findings) {
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(F.Call);
    if (Op && Op->getOperator() == OO_AmpAmp && !CheckAwaitableOperators)
      continue;
    // The tasks of a chain `a && b && c` are the leaves.
    llvm::SmallVector<const Expr *, 4> Children;
    llvm::SmallVector<const Expr *, 4> Work(childrenOf(*F.Call).begin(),
                                            childrenOf(*F.Call).end());
    while (!Work.empty()) {
      const Expr *Child = Work.pop_back_val();
      const CallExpr *Inner = asCall(Child);
      if (Inner && findCallee(CombinatorNames, *Inner))
        Work.append(childrenOf(*Inner).begin(), childrenOf(*Inner).end());
      else
        Children.insert(Children.begin(), Child);
    }
    if (Children.empty() ||
        llvm::all_of(Children, [this](const Expr *C) { return cannotFail(*C); }))
      continue;
    // A timer, deadline or watchdog among the tasks fails on purpose, to
    // cancel the others: all-or-nothing is the point.
    if (llvm::any_of(Children, [this](const Expr *C) { return isTimer(*C); }))
      continue;

    // The gather's value: awaited at once, or through a variable.
    const CoawaitExpr *Await = Collector.AwaitOfCall.lookup(F.Call);
    if (!Await)
      if (const VarDecl *Task = Collector.VarOfCall.lookup(F.Call))
        Await = Collector.AwaitOfVar.lookup(Task);
    if (!Await)
      continue;
    auto SinkIt = Collector.Sinks.find(Await);
    if (SinkIt == Collector.Sinks.end() ||
        SinkIt->second.K == Sink::Discarded)
      continue;
    const Sink &S = SinkIt->second;

    // A collection: its results are usable one by one when its size comes
    // from the input (a batch of requests, files, peers).
    const Expr *Collection = nullptr;
    for (const Expr *Child : Children)
      if ((Collection = collectionOf(Child)))
        break;
    if (Collection) {
      const VarDecl *Var = variableOf(Collection);
      bool FromInput = !Var || !Var->hasLocalStorage() ||
                       isa<ParmVarDecl>(Var) ||
                       Collector.FilledFromInput.contains(Var);
      if (!FromInput)
        continue;
      if (S.K == Sink::Iterated || S.K == Sink::Escapes) {
        diagnose(*F.Call, F.Entry, S.Loc, /*OneByOne=*/true, Context);
        continue;
      }
      ResultUseFinder Uses(*S.Var, InAssertion);
      Uses.TraverseStmt(const_cast<Stmt *>(Body));
      if (Uses.Uses.OneByOne)
        diagnose(*F.Call, F.Entry, Uses.Uses.OneByOneLoc, true, Context);
      continue;
    }

    // A fixed set of tasks: flagged when a result is used on its own and no
    // statement combines results into one.
    if (S.K != Sink::Local)
      continue;
    ResultUseFinder Uses(*S.Var, InAssertion);
    Uses.TraverseStmt(const_cast<Stmt *>(Body));
    SourceLocation ApartLoc;
    bool Combined = false;
    for (const auto &[Statement, Indices] : Uses.Uses.ByStatement) {
      if (Indices.size() > 1)
        Combined = true;
      else if (Indices.size() == 1) {
        SourceLocation Loc = Uses.Uses.FirstUse.lookup(Statement);
        if (ApartLoc.isInvalid() ||
            Context.getSourceManager().isBeforeInTranslationUnit(Loc,
                                                                 ApartLoc))
          ApartLoc = Loc;
      }
    }
    if (!Combined && ApartLoc.isValid())
      diagnose(*F.Call, F.Entry, ApartLoc, /*OneByOne=*/false, Context);
  }
}

void AllOrNothingWaitCheck::diagnose(const CallExpr &Call, unsigned Entry,
                                     SourceLocation UseLoc, bool OneByOne,
                                     ASTContext &Context) {
  SourceLocation Loc = calleeNameLoc(Call);
  if (Loc.isInvalid() || !Reported.insert(Loc).second)
    return;
  const knowledge::Entry &E = Combinators[Entry];
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  const bool IsOperator = Op && Op->getOperator() != OO_Call;
  const bool Cancels = !findCallee(NonCancelling, Call);
  llvm::StringRef Name = E.Key;
  Name.consume_front("::");
  if (IsOperator)
    Name = Name.rsplit("::").second;

  diag(Loc, "%select{'%1'|'%1' on awaitables}0 is all-or-nothing: if one task "
            "fails, the results of the others are discarded and "
            "%select{only one exception is kept|they are cancelled}2")
      << IsOperator << Name << Cancels;
  if (UseLoc.isValid())
    diag(UseLoc,
         "%select{this result is used on its own|the results are used one "
         "by one}0 here, so the others' would still be usable",
         DiagnosticIDs::Note)
        << OneByOne;

  // The counterpart's whole shape: how to read each result and each error.
  // No fix-it: the rewrite changes the result's shape, and every place that
  // reads a result or relies on the first error propagating must change
  // with it.
  llvm::StringRef Shape = E.Value, Reading;
  if (Shape.empty())
    return;
  if (!Shape.contains('|')) {
    diag(Loc, "%0", DiagnosticIDs::Note) << Shape;
    return;
  }
  std::tie(Shape, Reading) = Shape.split('|');
  // The operands as written; for a chain, its leaves.
  llvm::SmallVector<llvm::StringRef, 4> Operands;
  llvm::SmallVector<const Expr *, 4> Work(childrenOf(Call).begin(),
                                          childrenOf(Call).end());
  std::reverse(Work.begin(), Work.end());
  while (!Work.empty()) {
    const Expr *Child = Work.pop_back_val();
    const CallExpr *Inner = asCall(Child);
    if (Inner && findCallee(CombinatorNames, *Inner)) {
      llvm::ArrayRef<const Expr *> Grand = childrenOf(*Inner);
      Work.append(Grand.rbegin(), Grand.rend());
      continue;
    }
    llvm::StringRef Text = textOf(*Child, Context);
    Operands.push_back(Text.empty() ? llvm::StringRef("<task>") : Text);
  }
  diag(Loc, "to keep every task's result and error, wait with '%0'; %1",
       DiagnosticIDs::Note)
      << spelledForThisUnit(instantiate(Shape.trim(), Operands), Context)
      << Reading.trim();
}

} // namespace clang::tidy::async
