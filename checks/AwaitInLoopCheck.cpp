//===--- AwaitInLoopCheck.cpp - async-lint --------------------------------===//

#include "AwaitInLoopCheck.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "HeaderInsertion.h"
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

class TryFinder : public CoroutineFrameVisitor<TryFinder> {
public:
  bool Found = false;
  bool VisitCXXTryStmt(CXXTryStmt *) { return !(Found = true); }
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

} // namespace

AwaitInLoopCheck::AwaitInLoopCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CoroutineTypesList(
          Options.getLocalOrGlobal("CoroutineTypes", knowledge::CoroutineTypes)),
      EagerTaskTypesList(Options.getLocalOrGlobal("EagerTaskTypes",
                                                  knowledge::EagerTaskTypes)),
      SequentialOperationsList(Options.getLocalOrGlobal(
          "SequentialOperations", knowledge::SequentialOperations)),
      RangeGatherFormsList(
          Options.get("RangeGatherForms", knowledge::RangeGatherForms)),
      RangeGatherHeadersList(
          Options.get("RangeGatherHeaders", knowledge::RangeGatherHeaders)),
      Libraries(CoroutineTypesList),
      Operations(EagerTaskTypesList, SequentialOperationsList),
      RangeGatherForms(knowledge::parseLibraryMap(RangeGatherFormsList)),
      RangeGatherHeaders(knowledge::parseLibraryMap(RangeGatherHeadersList)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void AwaitInLoopCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CoroutineTypes", CoroutineTypesList);
  Options.store(Opts, "EagerTaskTypes", EagerTaskTypesList);
  Options.store(Opts, "SequentialOperations", SequentialOperationsList);
  Options.store(Opts, "RangeGatherForms", RangeGatherFormsList);
  Options.store(Opts, "RangeGatherHeaders", RangeGatherHeadersList);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void AwaitInLoopCheck::registerPPCallbacks(const SourceManager &,
                                           Preprocessor *PP, Preprocessor *) {
  Inserter.registerPreprocessor(PP);
}

void AwaitInLoopCheck::registerMatchers(MatchFinder *Finder) {
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
    auto Form = RangeGatherForms.find(Libraries.libraryOf(*Coroutine));
    llvm::StringRef Text = textOf(*Operation, Context);
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
  const CallExpr *Operation = Operations.freshOperation(Await);
  if (!Operation)
    return nullptr;
  // Reading a stream, popping a queue, polling with a sleep: sequential by
  // nature. Leaving the loop early may depend on the result (search until
  // found), and a handler in the body may depend on the order.
  if (Operations.callsSequentialOperation(*Body) || containsExit(*Body))
    return nullptr;
  TryFinder Tries;
  Tries.TraverseStmt(const_cast<Stmt *>(Body));
  if (Tries.Found)
    return nullptr;

  // Counters carry no awaited result; everything else the body writes may.
  DeclAccess Writes, AllWrites;
  collectWrites(*Body, AllWrites);
  Writes = AllWrites;
  for (const ValueDecl *Counter : countersOf(*Body))
    Writes.Decls.erase(Counter);
  const Expr *Cond = nullptr;
  if (const auto *For = dyn_cast<ForStmt>(&Loop)) {
    Cond = For->getCond();
    if (const Expr *Inc = For->getInc()) {
      DeclAccess IncrementReads;
      collectReads(*Inc, IncrementReads);
      if (IncrementReads.intersects(AllWrites))
        collectWrites(*Inc, Writes);
      collectWrites(*Inc, AllWrites);
    }
  } else if (const auto *While = dyn_cast<WhileStmt>(&Loop)) {
    Cond = While->getCond();
  } else if (const auto *Do = dyn_cast<DoStmt>(&Loop)) {
    Cond = Do->getCond();
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

  // Loop-carried dependence: the awaited expression, the condition or the
  // range read something that the body writes.
  DeclAccess Reads;
  collectReads(*Await.getOperand(), Reads);
  addReadsThroughLocals(*Body, Reads);
  for (const Stmt *Part : Control)
    if (Part != (isa<ForStmt>(Loop) ? cast<ForStmt>(Loop).getInit() : nullptr))
      collectReads(*Part, Reads);
  if (Reads.intersects(Writes))
    return nullptr;
  return Operation;
}

} // namespace clang::tidy::async
