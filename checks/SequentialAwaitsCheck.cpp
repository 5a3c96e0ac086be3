//===--- SequentialAwaitsCheck.cpp - async-lint ---------------------------===//

#include "SequentialAwaitsCheck.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {
namespace {

using AwaitedValue = SequentialAwaitsCheck::AwaitedValue;

/// The blocks of a coroutine's frame that are not inside a try block: a
/// handler there may depend on which operation failed first.
class BlockCollector : public CoroutineFrameVisitor<BlockCollector> {
  using Base = CoroutineFrameVisitor<BlockCollector>;

public:
  std::vector<const CompoundStmt *> Blocks;
  bool VisitCompoundStmt(CompoundStmt *Block) {
    if (TryDepth == 0)
      Blocks.push_back(Block);
    return true;
  }
  bool TraverseCXXTryStmt(CXXTryStmt *Try) {
    ++TryDepth;
    bool Continue = Base::TraverseCXXTryStmt(Try);
    --TryDepth;
    return Continue;
  }

private:
  unsigned TryDepth = 0;
};

bool independent(const AwaitedValue &Earlier, const AwaitedValue &Later) {
  if (Later.Reads.Decls.contains(Earlier.Target) ||
      Earlier.Reads.Decls.contains(Later.Target) ||
      Earlier.Target == Later.Target)
    return false;
  return !Later.Reads.intersects(Earlier.Writes) &&
         !Earlier.Reads.intersects(Later.Writes) &&
         !Later.Objects.intersects(Earlier.Objects);
}

} // namespace

SequentialAwaitsCheck::SequentialAwaitsCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CoroutineTypes(Name, *this, Options),
      EagerTaskTypesList(Options.getLocalOrGlobal("EagerTaskTypes",
                                                  knowledge::EagerTaskTypes)),
      SequentialOperationsList(Options.getLocalOrGlobal(
          "SequentialOperations", knowledge::SequentialOperations)),
      WhenAllFormsList(Options.get("WhenAllForms", knowledge::WhenAllForms)),
      Libraries(CoroutineTypes.list()),
      Operations(EagerTaskTypesList, SequentialOperationsList),
      WhenAllForms(knowledge::parseLibraryMap(WhenAllFormsList)) {}

void SequentialAwaitsCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  CoroutineTypes.store(Options, Opts);
  Options.store(Opts, "EagerTaskTypes", EagerTaskTypesList);
  Options.store(Opts, "SequentialOperations", SequentialOperationsList);
  Options.store(Opts, "WhenAllForms", WhenAllFormsList);
}

void SequentialAwaitsCheck::registerMatchers(MatchFinder *Finder) {
  CoroutineTypes.registerMatchers(*Finder);
  Finder->addMatcher(coroutineDefinition(), this);
}

std::optional<AwaitedValue>
SequentialAwaitsCheck::awaitedValue(const Stmt &S) const {
  const Expr *Value = nullptr;
  const ValueDecl *Target = nullptr;
  if (const auto *Decl = dyn_cast<DeclStmt>(&S)) {
    const auto *Var =
        Decl->isSingleDecl() ? dyn_cast<VarDecl>(Decl->getSingleDecl()) : nullptr;
    if (!Var || !Var->getInit() || Var->isStaticLocal())
      return std::nullopt;
    Value = Var->getInit();
    Target = Var;
  } else if (const auto *E = dyn_cast<Expr>(&S)) {
    E = E->IgnoreImplicit()->IgnoreParens();
    const Expr *LHS = nullptr;
    if (const auto *Op = dyn_cast<BinaryOperator>(E);
        Op && Op->getOpcode() == BO_Assign) {
      LHS = Op->getLHS();
      Value = Op->getRHS();
    } else if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E);
               Call && Call->getOperator() == OO_Equal &&
               Call->getNumArgs() == 2) {
      LHS = Call->getArg(0);
      Value = Call->getArg(1);
    }
    const auto *Ref =
        LHS ? dyn_cast<DeclRefExpr>(LHS->IgnoreImplicit()->IgnoreParens())
            : nullptr;
    if (!Ref || !isa<VarDecl>(Ref->getDecl()))
      return std::nullopt;
    Target = Ref->getDecl();
  }
  if (!Value)
    return std::nullopt;
  const auto *Await = dyn_cast<CoawaitExpr>(withoutCopy(Value));
  if (!Await || Await->getKeywordLoc().isMacroID())
    return std::nullopt;
  const CallExpr *Operation = Operations.freshOperation(*Await);
  if (!Operation || !awaitsIn(*Await->getOperand()).empty() ||
      Operations.callsSequentialOperation(*Await->getOperand()))
    return std::nullopt;
  AwaitedValue Result{Await, Operation, Target, {}, {}, {}};
  collectReads(*Await->getOperand(), Result.Reads);
  collectWrites(*Await->getOperand(), Result.Writes);
  collectSharedObjects(*Operation, Result.Objects);
  return Result;
}

void SequentialAwaitsCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coroutine = Result.Nodes.getNodeAs<FunctionDecl>("coroutine");
  const Stmt *Body = userBodyOfCoroutine(*Coroutine);
  if (!Body || Coroutine->isDependentContext())
    return;
  BlockCollector Collector;
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
  llvm::StringRef Library = Libraries.libraryOf(*Coroutine);
  for (const CompoundStmt *Block : Collector.Blocks) {
    std::vector<AwaitedValue> Run;
    auto Flush = [&] {
      if (Run.size() >= 2)
        diagnose(Run, Library, *Result.Context);
      Run.clear();
    };
    for (const Stmt *S : Block->body()) {
      std::optional<AwaitedValue> Value = awaitedValue(*S);
      if (!Value) {
        Flush();
        continue;
      }
      if (!llvm::all_of(Run, [&](const AwaitedValue &Earlier) {
            return independent(Earlier, *Value);
          }))
        Flush();
      Run.push_back(std::move(*Value));
    }
    Flush();
  }
}

void SequentialAwaitsCheck::diagnose(llvm::ArrayRef<AwaitedValue> Run,
                                     llvm::StringRef Library,
                                     const ASTContext &Context) {
  SourceLocation Second = Run[1].Await->getKeywordLoc();
  if (!Reported.insert(Second).second)
    return;
  diag(Second, "'co_await' starts this operation only after the previous one "
               "completed, although neither depends on the other's result");
  std::vector<std::string> Texts;
  for (const AwaitedValue &V : Run) {
    llvm::StringRef Text = textOf(*V.Operation, Context);
    if (Text.empty())
      break;
    Texts.push_back(Text.str());
  }
  SourceLocation First = Run[0].Await->getKeywordLoc();
  auto Form = WhenAllForms.find(Library);
  if (Form == WhenAllForms.end() || Texts.size() != Run.size()) {
    diag(First, "previous independent operation awaited here",
         DiagnosticIDs::Note);
    return;
  }
  diag(First,
       "previous independent operation awaited here; await them together: "
       "'%0'",
       DiagnosticIDs::Note)
      << instantiateForm(Form->second, Texts);
}

} // namespace clang::tidy::async
