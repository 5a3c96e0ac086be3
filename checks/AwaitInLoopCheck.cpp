//===--- AwaitInLoopCheck.cpp - async-lint --------------------------------===//

#include "AwaitInLoopCheck.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "HeaderInsertion.h"
#include "TaskCollections.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

/// Pairs every `co_await` in a coroutine's frame with its innermost loop.
class LoopAwaitCollector : public CoroutineFrameVisitor<LoopAwaitCollector> {
  using Base = CoroutineFrameVisitor<LoopAwaitCollector>;

public:
  std::vector<std::pair<const Stmt *, const CoawaitExpr *>> Found;

  bool TraverseStmt(Stmt *S) {
    if (!S || !isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S))
      return Base::TraverseStmt(S);
    Loops.push_back(S);
    bool Continue = Base::TraverseStmt(S);
    Loops.pop_back();
    return Continue;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (!Loops.empty())
      Found.emplace_back(Loops.back(), Await);
    return true;
  }

private:
  llvm::SmallVector<const Stmt *, 4> Loops;
};

const Stmt *bodyOf(const Stmt &Loop) {
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return For->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    return Do->getBody();
  return cast<CXXForRangeStmt>(&Loop)->getBody();
}

/// The loop's parts other than its body that run on every iteration or
/// decide whether there is one: condition, increment, range.
llvm::SmallVector<const Stmt *, 3> controlOf(const Stmt &Loop) {
  llvm::SmallVector<const Stmt *, 3> Parts;
  if (const auto *For = dyn_cast<ForStmt>(&Loop)) {
    Parts = {For->getInit(), For->getCond(), For->getInc()};
  } else if (const auto *While = dyn_cast<WhileStmt>(&Loop)) {
    Parts = {While->getConditionVariableDeclStmt(), While->getCond()};
  } else if (const auto *Do = dyn_cast<DoStmt>(&Loop)) {
    Parts = {Do->getCond()};
  } else {
    const auto *Range = cast<CXXForRangeStmt>(&Loop);
    Parts = {Range->getInit(), Range->getRangeInit()};
  }
  llvm::erase(Parts, nullptr);
  return Parts;
}

/// Adds to \p Reads what the variables declared in \p Body that \p Reads
/// already holds were initialized from, transitively: `auto t = token;
/// co_await fetch(t);` reads `token`.
void addReadsThroughLocals(const Stmt &Body, DeclAccess &Reads) {
  llvm::SmallVector<const ValueDecl *, 8> Work(Reads.Decls.begin(),
                                               Reads.Decls.end());
  while (!Work.empty()) {
    const auto *Var = dyn_cast<VarDecl>(Work.pop_back_val());
    if (!Var || !Var->getInit())
      continue;
    SourceRange Range = Body.getSourceRange();
    if (!Range.fullyContains(Var->getSourceRange()))
      continue;
    DeclAccess InitReads;
    collectReads(*Var->getInit(), InitReads);
    for (const ValueDecl *D : InitReads.Decls)
      if (Reads.Decls.insert(D).second)
        Work.push_back(D);
  }
}

/// Counts the `++` and `--` applied to each variable.
class IncrementCounter : public CoroutineFrameVisitor<IncrementCounter> {
public:
  llvm::DenseMap<const ValueDecl *, unsigned> Count;
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if (Op->isIncrementDecrementOp())
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Op->getSubExpr()->IgnoreParenImpCasts()))
        ++Count[Ref->getDecl()];
    return true;
  }
};

/// The counters of a loop body: variables it only increments or decrements,
/// each time as a statement of its own at the body's top level, so that
/// neither an awaited result nor a condition decides how far they go.
llvm::SmallPtrSet<const ValueDecl *, 4> countersOf(const Stmt &Body) {
  llvm::SmallPtrSet<const ValueDecl *, 4> Counters;
  IncrementCounter All, TopLevel;
  All.TraverseStmt(const_cast<Stmt *>(&Body));
  if (const auto *Block = dyn_cast<CompoundStmt>(&Body)) {
    for (const Stmt *S : Block->body())
      if (const auto *Op = dyn_cast<UnaryOperator>(S))
        TopLevel.TraverseStmt(const_cast<UnaryOperator *>(Op));
  }
  DeclAccess OtherWrites;
  collectWritesOtherThanIncrements(Body, OtherWrites);
  for (auto [Decl, N] : TopLevel.Count)
    if (All.Count.lookup(Decl) == N && !OtherWrites.Decls.contains(Decl))
      Counters.insert(Decl);
  return Counters;
}

/// The statement a loop body consists of: itself, or the only statement of a
/// block.
const Stmt *onlyStatement(const Stmt *Body) {
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    return Block->size() == 1 ? Block->body_front() : nullptr;
  return Body;
}

/// For the canonical loops, `co_await f(x);` and `out.push_back(co_await
/// f(x));`, what consumes each result: `static_cast<void>` or `out.push_back`.
std::optional<std::string> canonicalSink(const CXXForRangeStmt &Loop,
                                         const CoawaitExpr &Await,
                                         const ASTContext &Context) {
  const auto *Statement = dyn_cast_or_null<Expr>(onlyStatement(Loop.getBody()));
  if (!Statement)
    return std::nullopt;
  if (withoutCopy(Statement) == &Await)
    return std::string("static_cast<void>");
  const auto *Call = dyn_cast<CXXMemberCallExpr>(withoutCopy(Statement));
  const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || !Method->getIdentifier() || Call->getNumArgs() != 1 ||
      withoutCopy(Call->getArg(0)) != &Await ||
      (Method->getName() != "push_back" && Method->getName() != "emplace_back"))
    return std::nullopt;
  const auto *Object = dyn_cast<DeclRefExpr>(
      Call->getImplicitObjectArgument()->IgnoreImplicit()->IgnoreParens());
  if (!Object || !isa<VarDecl>(Object->getDecl()) ||
      Loop.getSourceRange().fullyContains(Object->getDecl()->getSourceRange()))
    return std::nullopt;
  llvm::StringRef Name = textOf(*Object, Context);
  if (Name.empty())
    return std::nullopt;
  return (Name + "." + Method->getName()).str();
}

template <typename Node>
class NodeFinder : public CoroutineFrameVisitor<NodeFinder<Node>> {
public:
  bool Found = false;
  bool VisitStmt(Stmt *S) { return !(Found = isa<Node>(S)); }
};

/// Whether \p S has a \p Node in the frame that runs it (not in lambdas).
template <typename Node> bool contains(const Stmt &S) {
  NodeFinder<Node> Finder;
  Finder.TraverseStmt(const_cast<Stmt *>(&S));
  return Finder.Found;
}

/// The variables declared in a loop body, other than static ones.
class LocalCollector : public CoroutineFrameVisitor<LocalCollector> {
public:
  llvm::SmallPtrSet<const ValueDecl *, 8> Locals;
  bool VisitVarDecl(VarDecl *Var) {
    if (!Var->isStaticLocal())
      Locals.insert(Var);
    return true;
  }
};

llvm::SmallPtrSet<const ValueDecl *, 8> localsOf(const Stmt &Body) {
  LocalCollector Collector;
  Collector.TraverseStmt(const_cast<Stmt *>(&Body));
  return std::move(Collector.Locals);
}

/// Whether the coroutine \p F completes as soon as it starts: its body,
/// visible here, awaits only operations that do too, never yields, and calls
/// only constexpr functions (no I/O, no lock, no other thread).
bool neverWaits(const FunctionDecl &F, unsigned Depth);

class SynchronousBody : public CoroutineFrameVisitor<SynchronousBody> {
  using Base = CoroutineFrameVisitor<SynchronousBody>;

public:
  explicit SynchronousBody(unsigned Depth) : Depth(Depth) {}
  bool Synchronous = true;

  bool TraverseCoawaitExpr(CoawaitExpr *Await) {
    const auto *Call = Await->getOperand()
                           ? dyn_cast<CallExpr>(
                                 withoutImplicit(Await->getOperand()))
                           : nullptr;
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee || !neverWaits(*Callee, Depth + 1))
      return Synchronous = false;
    for (const Expr *Arg : Call->arguments())
      if (!Base::TraverseStmt(const_cast<Expr *>(Arg)))
        return false;
    return true;
  }
  bool TraverseCoreturnStmt(CoreturnStmt *Return) {
    return !Return->getOperand() || Base::TraverseStmt(Return->getOperand());
  }
  bool VisitCoyieldExpr(CoyieldExpr *) { return Synchronous = false; }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Synchronous = Callee && Callee->isConstexpr();
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    return Synchronous = Ctor && (Ctor->isConstexpr() || Ctor->isTrivial());
  }

private:
  unsigned Depth;
};

bool neverWaits(const FunctionDecl &F, unsigned Depth) {
  const FunctionDecl *Definition = nullptr;
  if (Depth > 8 || !F.hasBody(Definition) || !Definition)
    return false;
  const Stmt *Body = userBodyOfCoroutine(*Definition);
  if (!Body)
    return false;
  SynchronousBody Visitor(Depth);
  Visitor.TraverseStmt(const_cast<Stmt *>(Body));
  return Visitor.Synchronous;
}

/// The lambdas that \p Operand calls (`modifier(5)`, `when_all(a(), b())`).
class LambdaCalls : public CoroutineFrameVisitor<LambdaCalls> {
public:
  llvm::SmallVector<const CXXMethodDecl *, 2> Calls;
  bool VisitCallExpr(CallExpr *Call) {
    if (const auto *Method =
            dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee()))
      if (Method->getParent()->isLambda())
        Calls.push_back(Method);
    return true;
  }
};

/// Adds to \p Reads what the lambdas that \p Operand calls capture by
/// reference; false when a lambda writes what it captures, so that the
/// operations would share mutable state.
bool readCaptures(const Expr &Operand, const AwaitedOperations &Operations,
                  DeclAccess &Reads) {
  LambdaCalls Finder;
  Finder.TraverseStmt(const_cast<Expr *>(&Operand));
  for (const CXXMethodDecl *Call : Finder.Calls) {
    llvm::SmallPtrSet<const ValueDecl *, 4> Captured;
    for (const LambdaCapture &Capture : Call->getParent()->captures())
      if (Capture.getCaptureKind() == LCK_ByRef && Capture.capturesVariable())
        Captured.insert(Capture.getCapturedVar());
    if (Captured.empty())
      continue;
    Reads.Decls.insert(Captured.begin(), Captured.end());
    const FunctionDecl *Definition = nullptr;
    if (!Call->hasBody(Definition) || !Definition)
      continue;
    const Stmt *Body = userBodyOfCoroutine(*Definition);
    if (!Body)
      Body = Definition->getBody();
    DeclAccess LambdaWrites;
    if (Body)
      collectWritesBesidesContext(*Body, Operations, LambdaWrites);
    if (llvm::any_of(LambdaWrites.Decls, [&](const ValueDecl *D) {
          return Captured.contains(D);
        }))
      return false;
  }
  return true;
}

} // namespace

AwaitInLoopCheck::AwaitInLoopCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
      EagerTaskTypesList(Options.getLocalOrGlobal("EagerTaskTypes",
                                                  knowledge::EagerTaskTypes)),
      SequentialOperationsList(Options.getLocalOrGlobal(
          "SequentialOperations", knowledge::SequentialOperations)),
      SequentialTypesList(Options.getLocalOrGlobal("SequentialTypes",
                                                   knowledge::SequentialTypes)),
      SchedulerTypesList(Options.getLocalOrGlobal("SchedulerTypes",
                                                  knowledge::SchedulerTypes)),
      RangeGatherFormsList(
          Options.get("RangeGatherForms", knowledge::RangeGatherForms)),
      RangeGatherHeadersList(
          Options.get("RangeGatherHeaders", knowledge::RangeGatherHeaders)),
      BoundedRangeGatherFormsList(Options.get(
          "BoundedRangeGatherForms", knowledge::BoundedRangeGatherForms)),
      Libraries(CoroutineTypes.list()),
      Operations(EagerTaskTypesList, SequentialOperationsList,
                 SequentialTypesList, SchedulerTypesList),
      RangeGatherForms(knowledge::parseLibraryMap(RangeGatherFormsList)),
      RangeGatherHeaders(knowledge::parseLibraryMap(RangeGatherHeadersList)),
      BoundedRangeGatherForms(
          knowledge::parseLibraryMap(BoundedRangeGatherFormsList)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void AwaitInLoopCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
  Options.store(Opts, "EagerTaskTypes", EagerTaskTypesList);
  Options.store(Opts, "SequentialOperations", SequentialOperationsList);
  Options.store(Opts, "SequentialTypes", SequentialTypesList);
  Options.store(Opts, "SchedulerTypes", SchedulerTypesList);
  Options.store(Opts, "RangeGatherForms", RangeGatherFormsList);
  Options.store(Opts, "RangeGatherHeaders", RangeGatherHeadersList);
  Options.store(Opts, "BoundedRangeGatherForms", BoundedRangeGatherFormsList);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void AwaitInLoopCheck::registerPPCallbacks(const SourceManager &,
                                           Preprocessor *PP, Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void AwaitInLoopCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
  Finder->addMatcher(coroutineDefinition(), this);
}

void AwaitInLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body || Coroutine->isDependentContext())
    return;
  LoopAwaitCollector Collector;
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  const ASTContext &Context = *Result.Context;
  for (auto [Loop, Await] : Collector.Found) {
    SourceLocation AwaitLoc = Await->getKeywordLoc();
    if (AwaitLoc.isMacroID() || Loop->getBeginLoc().isMacroID())
      continue;
    const CallExpr *Operation = independentOperation(*Loop, *Await);
    if (!Operation || !Reported.insert(AwaitLoc).second)
      continue;
    diag(AwaitLoc, "'co_await' in a loop starts each operation only after "
                   "the previous one completed, although no iteration "
                   "depends on another's result");
    llvm::StringRef Text = textOf(*Operation, Context);
    // A loop over the input gets the bounded form (a library without one,
    // configured by the user, keeps its RangeGatherForms entry).
    if (!constantTripCount(*Loop, Context) &&
        BoundedRangeGatherForms.count(Libraries.libraryOf(*Coroutine))) {
      suggestBoundedGather(*Loop, Libraries.libraryOf(*Coroutine), Text);
      continue;
    }
    auto Form = RangeGatherForms.find(Libraries.libraryOf(*Coroutine));
    if (Form == RangeGatherForms.end() || Text.empty()) {
      diag(Loop->getBeginLoc(), "operations are awaited one at a time in this "
                                "loop",
           DiagnosticIDs::Note);
      continue;
    }
    llvm::SmallVector<llvm::StringRef, 3> Parts;
    llvm::StringRef(Form->second).split(Parts, '|');
    Parts.resize(3);
    llvm::StringRef Element = Parts[0].trim(), Gather = Parts[1].trim(),
                    ReadResult = Parts[2].trim();
    if (Gather.empty())
      std::swap(Element, Gather);
    if (Element.empty())
      Element = "$0";
    auto Note = diag(Loop->getBeginLoc(),
                     "operations are awaited one at a time in this loop; "
                     "collect each '%0' into 'ops' in the loop, then await "
                     "them together: '%1'",
                     DiagnosticIDs::Note)
                << instantiateForm(Element, {Text.str()}) << Gather;
    // An instantiation's types need not be those of the template's code.
    if (Element == "$0" && !ReadResult.empty() &&
        !Coroutine->getTemplateInstantiationPattern())
      if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
        fixCanonicalLoop(*Range, *Await, *Operation, Form->first(), Gather,
                         ReadResult, Context, Note);
  }
}

void AwaitInLoopCheck::suggestBoundedGather(const Stmt &Loop,
                                            llvm::StringRef Library,
                                            llvm::StringRef Operation) {
  auto Form = BoundedRangeGatherForms.find(Library);
  if (Operation.empty()) {
    diag(Loop.getBeginLoc(), "operations are awaited one at a time in this "
                             "loop",
         DiagnosticIDs::Note);
    return;
  }
  diag(Loop.getBeginLoc(), "operations are awaited one at a time in this "
                           "loop; to run them concurrently, %0",
       DiagnosticIDs::Note)
      << instantiateForm(Form->second, {Operation.str()});
}

void AwaitInLoopCheck::fixCanonicalLoop(const CXXForRangeStmt &Loop,
                                        const CoawaitExpr &Await,
                                        const CallExpr &Operation,
                                        llvm::StringRef Library,
                                        llvm::StringRef Gather,
                                        llvm::StringRef Result,
                                        const ASTContext &Context,
                                        DiagnosticBuilder &Note) {
  std::optional<std::string> Sink = canonicalSink(Loop, Await, Context);
  const SourceManager &SM = Context.getSourceManager();
  const LangOptions &LangOpts = Context.getLangOpts();
  SourceLocation Begin = Loop.getBeginLoc(), BodyEnd = Loop.getEndLoc();
  if (!Sink || Begin.isMacroID() || BodyEnd.isMacroID() ||
      Loop.getRParenLoc().isMacroID() ||
      SM.getFileID(Begin) != SM.getFileID(BodyEnd))
    return;
  // The replaced range ends after the body, with its `;` when it has one.
  SourceLocation End =
      isa<CompoundStmt>(Loop.getBody())
          ? Lexer::getLocForEndOfToken(BodyEnd, 0, SM, LangOpts)
          : Lexer::findLocationAfterToken(BodyEnd, tok::semi, SM, LangOpts,
                                          false);
  llvm::StringRef Header = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Begin, Loop.getRParenLoc()), SM,
      LangOpts);
  llvm::StringRef Op = textOf(Operation, Context);
  if (End.isInvalid() || Header.empty() || Op.empty())
    return;
  PrintingPolicy Policy(LangOpts);
  Policy.FullyQualifiedName = true;
  Policy.SuppressUnwrittenScope = true;
  std::string Type = Operation.getType().getAsString(Policy);
  std::string Indent(SM.getSpellingColumnNumber(Begin) - 1, ' ');
  std::string Text = "{\n" + Indent + "  std::vector<" + Type + "> ops;\n" +
                     Indent + "  " + Header.str() + "\n" + Indent +
                     "    ops.push_back(" + Op.str() + ");\n" + Indent +
                     "  for (auto &&result : " + Gather.str() + ")\n" +
                     Indent + "    " + *Sink + "(" +
                     instantiateForm(Result, {"result"}) + ");\n" + Indent +
                     "}";
  FileID File = SM.getFileID(Begin);
  Note << FixItHint::CreateReplacement(CharSourceRange::getCharRange(Begin, End),
                                       Text)
       << Inserter.createIncludeInsertion(File, "<vector>");
  auto Headers = RangeGatherHeaders.find(Library);
  if (Headers != RangeGatherHeaders.end())
    insertHeaders(Inserter, File, Headers->second, Note);
}

const CallExpr *
AwaitInLoopCheck::independentOperation(const Stmt &Loop,
                                       const CoawaitExpr &Await) const {
  const Stmt *Body = bodyOf(Loop);
  if (!Body)
    return nullptr;
  // One operation per iteration, awaited in the body, created right there.
  llvm::SmallVector<const CoawaitExpr *, 4> Awaits = awaitsIn(*Body);
  if (Awaits.size() != 1 || Awaits.front() != &Await)
    return nullptr;
  llvm::SmallVector<const Stmt *, 3> Control = controlOf(Loop);
  for (const Stmt *Part : Control)
    if (!awaitsIn(*Part).empty())
      return nullptr;
  // `for co_await (auto x : range)` awaits each element: an accept loop, a
  // stream.
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Loop))
    for (const Stmt *Part : {static_cast<const Stmt *>(Range->getBeginStmt()),
                             static_cast<const Stmt *>(Range->getInc())})
      if (Part && !awaitsIn(*Part).empty())
        return nullptr;
  const CallExpr *Operation = Operations.freshOperation(Await);
  if (!Operation)
    return nullptr;
  // Leaving the loop early may depend on the result (search until found), a
  // handler in the body may depend on the order, and a generator's loop
  // paces the values it yields.
  if (containsExit(*Body) || contains<CXXTryStmt>(*Body) ||
      contains<CoyieldExpr>(*Body))
    return nullptr;

  // What the loop writes; the services and resources the awaited operation
  // works on are shared context, decided about below.
  DeclAccess Writes, AllWrites;
  collectWritesBesidesContext(*Body, Operations, AllWrites);
  Writes = AllWrites;
  // What designates another object in each iteration: counters, the loop's
  // own variables, what the increment or the condition steps.
  llvm::SmallPtrSet<const ValueDecl *, 4> Counters = countersOf(*Body);
  llvm::SmallPtrSet<const ValueDecl *, 8> Steps(Counters.begin(),
                                                Counters.end());
  for (const ValueDecl *Counter : Counters)
    Writes.Decls.erase(Counter);
  // A variable declared in the body, and a range-for's variable, is a new
  // one in each iteration: writing it carries nothing to the next.
  llvm::SmallPtrSet<const ValueDecl *, 8> Locals = localsOf(*Body);
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Loop)) {
    Locals.insert(Range->getLoopVariable());
    Writes.Decls.erase(Range->getLoopVariable());
  }
  for (const ValueDecl *Local : Locals)
    if (!Local->getType()->isReferenceType())
      Writes.Decls.erase(Local);

  const Expr *Cond = nullptr;
  if (const auto *For = dyn_cast<ForStmt>(&Loop)) {
    Cond = For->getCond();
    if (const Expr *Inc = For->getInc()) {
      DeclAccess IncrementReads;
      collectReads(*Inc, IncrementReads);
      if (IncrementReads.intersects(AllWrites))
        collectWrites(*Inc, Writes);
      collectWrites(*Inc, AllWrites);
      DeclAccess Stepped;
      collectWrites(*Inc, Stepped);
      Steps.insert(Stepped.Decls.begin(), Stepped.Decls.end());
    }
  } else if (const auto *While = dyn_cast<WhileStmt>(&Loop)) {
    Cond = While->getCond();
  } else if (const auto *Do = dyn_cast<DoStmt>(&Loop)) {
    Cond = Do->getCond();
  }
  // A condition that counts (`while (++k < n)`) changes the loop's state;
  // its other writes carry from one iteration to the next.
  if (Cond && !isa<ForStmt>(Loop)) {
    DeclAccess Stepped;
    collectWrites(*Cond, Stepped);
    Steps.insert(Stepped.Decls.begin(), Stepped.Decls.end());
    collectWrites(*Cond, AllWrites);
    collectWritesOtherThanIncrements(*Cond, Writes);
  }
  // Only a loop that counts through something can be gathered: a loop
  // without a condition, or whose condition nothing in the loop changes,
  // runs until something outside stops it (a service or poll loop).
  if (!isa<CXXForRangeStmt>(Loop)) {
    if (!Cond || Cond->isValueDependent())
      return nullptr;
    DeclAccess CondReads;
    collectReads(*Cond, CondReads);
    if (!CondReads.intersects(AllWrites))
      return nullptr;
  }

  // What changes from one iteration to the next.
  llvm::SmallPtrSet<const ValueDecl *, 8> Varying(AllWrites.Decls.begin(),
                                                  AllWrites.Decls.end());
  Varying.insert(Locals.begin(), Locals.end());
  Steps.insert(Locals.begin(), Locals.end());
  // Whether an object is another one in each iteration: reached from the
  // loop's own variables or a counter (`peer->stream()`, `nodes[k]`), not
  // merely changed by the loop (`timer.expires_after(1s)`).
  auto Varies = [&](const Expr *Object) {
    llvm::SmallVector<const Expr *, 2> Indices;
    const ValueDecl *Root = objectRoot(Object, &Indices);
    if (Root && Steps.contains(Root))
      return true;
    return llvm::any_of(Indices, [&](const Expr *Index) {
      DeclAccess IndexReads;
      collectReads(*Index, IndexReads);
      return llvm::any_of(IndexReads.Decls, [&](const ValueDecl *D) {
        return Steps.contains(D);
      });
    });
  };

  // The awaited expression reads the loop's state, and the locals it is
  // computed from: an operation that reads nothing that changes repeats
  // itself (a poll, a pacing sleep, a benchmark), it works through nothing.
  DeclAccess Reads;
  collectReads(*Await.getOperand(), Reads);
  addReadsThroughLocals(*Body, Reads);
  if (!llvm::any_of(Reads.Decls,
                    [&](const ValueDecl *D) { return Varying.contains(D); }))
    return nullptr;

  // Reading a stream, popping a queue, polling with a sleep: sequential by
  // nature, unless each iteration works on another stream.
  for (const CallExpr *Call : Operations.sequentialCalls(*Body)) {
    const Expr *Object = sequentialObject(*Call);
    if (!Object || !Varies(Object))
      return nullptr;
  }
  // A protocol-bound resource that every iteration uses (a socket, a
  // connection) orders the operations.
  auto SameResource = [&](const Expr *Object) {
    return Operations.resourceKind(Object->getType()) ==
               ResourceKind::ProtocolBound &&
           !Varies(Object);
  };
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Operation))
    if (const Expr *Object = Member->getImplicitObjectArgument())
      if (SameResource(Object))
        return nullptr;
  for (const Expr *Arg : Operation->arguments())
    if (SameResource(Arg))
      return nullptr;
  // Yielding, sleeping, hopping executors: there is nothing to gather.
  if (Operations.onlyReschedules(*Operation))
    return nullptr;
  // An operation that completes when it starts gains nothing from running
  // with the others.
  if (const FunctionDecl *Callee = Operation->getDirectCallee())
    if (neverWaits(*Callee, 0))
      return nullptr;
  // Operations that share state through a lambda's by-reference captures
  // interleave on it; and the body must not change what they capture.
  if (!readCaptures(*Await.getOperand(), Operations, Reads))
    return nullptr;

  // Loop-carried dependence: the awaited expression, the condition or the
  // range read something that the body writes.
  for (const Stmt *Part : Control)
    if (Part != (isa<ForStmt>(Loop) ? cast<ForStmt>(Loop).getInit() : nullptr))
      collectReads(*Part, Reads);
  if (Reads.intersects(Writes))
    return nullptr;
  return Operation;
}

} // namespace clang::tidy::async
