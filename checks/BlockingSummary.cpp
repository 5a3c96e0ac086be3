//===--- BlockingSummary.cpp - async-lint ---------------------------------===//

#include "BlockingSummary.h"
#include "CoroutineFrameVisitor.h"
#include "NonBlockingDescriptor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include <queue>

namespace clang::tidy::async {
namespace {

/// Collects the call sites of an ordinary function's body, with the same
/// rules as for a coroutine's frame: a lambda's body belongs to whoever
/// calls it, not to the function that defines it.
class CallSiteCollector : public CoroutineFrameVisitor<CallSiteCollector> {
public:
  CallSiteCollector(const BlockingSummaries &Summaries,
                    const BlockingFunctions &Blocking)
      : Summaries(Summaries), Blocking(Blocking) {}

  std::vector<CallSite> Sites;

  bool VisitCallExpr(CallExpr *Call) { return addCall(*Call); }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return addCall(*Construct);
  }
  bool VisitVarDecl(VarDecl *Var) {
    if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
      addDestructor(BlockingSummaries::destructorOf(Var->getType()),
                    Var->getLocation());
    return true;
  }
  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *Temporary) {
    addDestructor(Temporary->getTemporary()->getDestructor(),
                  Temporary->getExprLoc());
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *Delete) {
    if (!Delete->getDestroyedType().isNull())
      addDestructor(BlockingSummaries::destructorOf(Delete->getDestroyedType()),
                    Delete->getBeginLoc());
    return true;
  }

  void addDestructor(const CXXDestructorDecl *Destructor, SourceLocation Loc) {
    if (!Destructor)
      return;
    if (std::optional<BlockingCallee> Direct =
            Blocking.classifyFunction(*Destructor))
      Sites.push_back({nullptr, Loc, nullptr, Direct});
    else
      Sites.push_back({nullptr, Loc, Destructor, std::nullopt});
  }

private:
  bool addCall(const Expr &Call) {
    if (std::optional<BlockingCallee> Direct = Blocking.classify(Call))
      Sites.push_back({&Call, Call.getExprLoc(), nullptr, Direct});
    else if (const FunctionDecl *Target = Summaries.followedCallee(Call))
      Sites.push_back({&Call, Call.getExprLoc(), Target, std::nullopt});
    return true;
  }

  const BlockingSummaries &Summaries;
  const BlockingFunctions &Blocking;
};

const AnnotateAttr *annotationIn(const FunctionDecl &F, llvm::StringRef Text) {
  for (const FunctionDecl *D : F.redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == Text)
        return A;
  return nullptr;
}

/// Where a diagnostic about a call points: the callee's name, or the
/// constructed type.
SourceLocation siteLocation(const Expr &Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    if (const auto *ME = dyn_cast<MemberExpr>(
            Member->getCallee()->IgnoreParenImpCasts()))
      return ME->getMemberLoc();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call)
      return Op->getArg(0)->IgnoreImplicit()->getExprLoc();
  if (const auto *CE = dyn_cast<CallExpr>(&Call))
    if (const Expr *Callee = CE->getCallee()) {
      Callee = Callee->IgnoreImplicit();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
        return Ref->getLocation();
      return Callee->getExprLoc();
    }
  return Call.getBeginLoc();
}

} // namespace

FatalPaths::FatalPaths(const Decl &D, const Stmt &Body, ASTContext &Context) {
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Graph = CFG::buildCFG(&D, const_cast<Stmt *>(&Body), &Context, Options);
  if (!Graph)
    return;
  const unsigned Count = Graph->getNumBlockIDs();
  ReachesNormalExit.assign(Count, false);
  ReachesFatalEnd.assign(Count, false);
  auto IsFatal = [](const CFGBlock &B) {
    if (B.hasNoReturnElement())
      return true;
    if (const Stmt *Terminator = B.getTerminatorStmt())
      if (isa<CXXThrowExpr>(Terminator))
        return true;
    for (const CFGElement &E : B)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        if (isa<CXXThrowExpr>(S->getStmt()))
          return true;
    return false;
  };
  std::vector<const CFGBlock *> Normal, Fatal;
  for (const CFGBlock *B : *Graph) {
    if (!B)
      continue;
    for (const CFGElement &E : *B)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        BlockOf.try_emplace(S->getStmt(), B->getBlockID());
    if (IsFatal(*B)) {
      Fatal.push_back(B);
      ReachesFatalEnd[B->getBlockID()] = true;
    }
  }
  const CFGBlock &Exit = Graph->getExit();
  for (const CFGBlock::AdjacentBlock &Pred : Exit.preds())
    if (const CFGBlock *B = Pred.getReachableBlock())
      if (!ReachesFatalEnd[B->getBlockID()] &&
          !ReachesNormalExit[B->getBlockID()]) {
        ReachesNormalExit[B->getBlockID()] = true;
        Normal.push_back(B);
      }
  // Backwards over the edges: which blocks reach a normal end, which a
  // fatal one. A throw caught in the function goes on to its handler, so it
  // is not fatal when the handler returns.
  auto Close = [](std::vector<const CFGBlock *> &Work,
                  std::vector<bool> &Reached) {
    while (!Work.empty()) {
      const CFGBlock *B = Work.back();
      Work.pop_back();
      for (const CFGBlock::AdjacentBlock &Pred : B->preds())
        if (const CFGBlock *P = Pred.getReachableBlock())
          if (!Reached[P->getBlockID()]) {
            Reached[P->getBlockID()] = true;
            Work.push_back(P);
          }
    }
  };
  Close(Normal, ReachesNormalExit);
  Close(Fatal, ReachesFatalEnd);
}

FatalPaths::~FatalPaths() = default;

bool FatalPaths::onlyOnFatalPath(const Stmt &S) const {
  auto It = BlockOf.find(&S);
  if (It == BlockOf.end())
    return false;
  return ReachesFatalEnd[It->second] && !ReachesNormalExit[It->second];
}

const AnnotateAttr *findAnnotation(const FunctionDecl &F,
                                   llvm::StringRef Text) {
  if (Text.empty())
    return nullptr;
  if (const AnnotateAttr *A = annotationIn(F, Text))
    return A;
  if (const FunctionDecl *Pattern = F.getTemplateInstantiationPattern())
    return annotationIn(*Pattern, Text);
  return nullptr;
}

BlockingSummaries::BlockingSummaries(const BlockingFunctions &Blocking,
                                     NonBlockingEvidence &Evidence,
                                     const BlockingSummaryOptions &Options)
    : Blocking(Blocking), Evidence(Evidence), BlockingAnnotation(Options.BlockingAnnotation.str()),
      NonBlockingAnnotation(Options.NonBlockingAnnotation.str()),
      NonBlockingMarkers(Options.NonBlockingMarkers) {
  std::vector<knowledge::Entry> Entries =
      knowledge::parseEntries(Options.OffloadFunctions);
  Offload = QualifiedNameSet(knowledge::keysOf(Entries));
}

void BlockingSummaries::clear() {
  Index.clear();
  Nodes.clear();
}

const CXXDestructorDecl *BlockingSummaries::destructorOf(QualType T) {
  if (T.isNull())
    return nullptr;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition() || Record->hasTrivialDestructor())
    return nullptr;
  return Record->getDestructor();
}

const FunctionDecl *
BlockingSummaries::followedCallee(const Expr &Call) const {
  if (Call.containsErrors() || Call.isInstantiationDependent())
    return nullptr;
  const FunctionDecl *F = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call)) {
    F = Construct->getConstructor();
  } else if (const auto *CE = dyn_cast<CallExpr>(&Call)) {
    F = CE->getDirectCallee();
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(F);
    if (Method && Method->isVirtual()) {
      // Only where the target is known: `Base::f()`, or a final overrider.
      const auto *Member =
          dyn_cast<MemberExpr>(CE->getCallee()->IgnoreParenImpCasts());
      if (!Member)
        return nullptr;
      if (!Member->hasQualifier())
        F = Method->getDevirtualizedMethod(Member->getBase(),
                                           /*IsAppleKext=*/false);
    }
  }
  if (!F || Offload.find(*F) ||
      findAnnotation(*F, NonBlockingAnnotation))
    return nullptr;
  return F;
}

const FunctionDecl *BlockingSummaries::keyOf(const FunctionDecl &F) const {
  return F.getCanonicalDecl();
}

const AnnotateAttr *
BlockingSummaries::blockingMark(const FunctionDecl &F) const {
  return findAnnotation(F, BlockingAnnotation);
}

bool BlockingSummaries::blocksItself(const FunctionDecl &F) const {
  return blockingMark(F) != nullptr;
}

unsigned BlockingSummaries::distance(const FunctionDecl &F,
                                     ASTContext &Context) {
  const FunctionDecl *Key = keyOf(F);
  auto It = Index.find(Key);
  if (It == Index.end()) {
    explore(Key, Context);
    It = Index.find(Key);
  }
  return Nodes[It->second].Distance;
}

const CallSite &BlockingSummaries::step(const FunctionDecl &F) const {
  const Node &N = Nodes[Index.lookup(keyOf(F))];
  return N.Sites[N.Step];
}

void BlockingSummaries::explore(const FunctionDecl *Root,
                                ASTContext &Context) {
  const unsigned First = Nodes.size();
  const SourceManager &SM = Context.getSourceManager();
  std::vector<const FunctionDecl *> Stack{Root};
  while (!Stack.empty()) {
    const FunctionDecl *F = Stack.back();
    Stack.pop_back();
    if (Index.count(F))
      continue;
    const unsigned I = Nodes.size();
    Index[F] = I;
    Nodes.emplace_back();
    if (blocksItself(*F)) {
      Nodes[I].Distance = 0;
      continue;
    }
    const FunctionDecl *Definition = F->getDefinition();
    if (!Definition || Definition->isInvalidDecl() ||
        !Definition->doesThisDeclarationHaveABody())
      continue;
    Stmt *Body = Definition->getBody();
    // A coroutine is reported on its own; library bodies are known through
    // the lists and the marks.
    if (!Body || isa<CoroutineBodyStmt>(Body) ||
        SM.isInSystemHeader(Definition->getLocation()))
      continue;
    CallSiteCollector Collector(*this, Blocking);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Definition))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->getInit())
          Collector.TraverseStmt(Init->getInit());
    Collector.TraverseStmt(Body);
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(Definition)) {
      // Members and bases are destroyed at the closing brace.
      const CXXRecordDecl *Class = Dtor->getParent();
      for (const FieldDecl *Field : Class->fields())
        Collector.addDestructor(destructorOf(Field->getType()),
                                Body->getEndLoc());
      for (const CXXBaseSpecifier &Base : Class->bases())
        Collector.addDestructor(destructorOf(Base.getType()),
                                Body->getEndLoc());
    }
    for (CallSite &Site : Collector.Sites) {
      if (Site.Call)
        Site.Loc = siteLocation(*Site.Call);
      // A listed call that the code shows cannot block here (a descriptor
      // made non-blocking, a result already complete, a read from memory).
      if (Site.Direct && Site.Call &&
          Evidence.shownNonBlocking(*Site.Call, *Site.Direct, *Body, Context))
        Site.Direct.reset();
      if (Site.Target && !Index.count(keyOf(*Site.Target)))
        Stack.push_back(keyOf(*Site.Target));
    }
    Nodes[I].Sites = std::move(Collector.Sites);
    Nodes[I].Definition = Definition;
  }
  computeDistances(First, Context);
}

bool BlockingSummaries::onFatalPath(unsigned N, const CallSite &S,
                                    ASTContext &Context) {
  Node &Caller = Nodes[N];
  if (!S.Call || !Caller.Definition || !Caller.Definition->getBody())
    return false;
  if (!Caller.Fatal)
    Caller.Fatal = std::make_unique<FatalPaths>(
        *Caller.Definition, *Caller.Definition->getBody(), Context);
  return Caller.Fatal->onlyOnFatalPath(*S.Call);
}

bool BlockingSummaries::passesReadyResult(unsigned N, const CallSite &S) {
  const auto *Call = dyn_cast_or_null<CallExpr>(S.Call);
  if (!Call || !S.Target || isa<CXXOperatorCallExpr>(Call) ||
      !Nodes[N].Definition || !Nodes[N].Definition->getBody())
    return false;
  const Node &Callee = Nodes[Index.lookup(keyOf(*S.Target))];
  if (Callee.Distance != 1 || !Callee.Definition)
    return false;
  // Every blocking call of the callee waits on the same parameter.
  const ParmVarDecl *Param = nullptr;
  for (const CallSite &Site : Callee.Sites) {
    if (!Site.Direct)
      continue;
    const auto *Wait = dyn_cast_or_null<CXXMemberCallExpr>(Site.Call);
    if (Site.Direct->Kind != BlockingKind::Generic || !Wait)
      return false;
    const auto *On = dyn_cast_or_null<ParmVarDecl>(
        variableOf(Wait->getImplicitObjectArgument()));
    if (!On || (Param && Param != On))
      return false;
    Param = On;
  }
  if (!Param || Param->getFunctionScopeIndex() >= Call->getNumArgs())
    return false;
  const VarDecl *Passed =
      variableOf(Call->getArg(Param->getFunctionScopeIndex()));
  return Passed && Evidence.readinessQueriedBefore(
                       *Call, *Passed, *Nodes[N].Definition->getBody());
}

void BlockingSummaries::computeDistances(unsigned First, ASTContext &Context) {
  // Shortest chains by Dijkstra over the nodes found in this exploration;
  // the nodes of earlier explorations are final.
  const unsigned Count = Nodes.size() - First;
  std::vector<llvm::SmallVector<std::pair<unsigned, unsigned>, 2>> Callers(
      Count);
  using Item = std::pair<unsigned, unsigned>; // distance, node
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> Queue;
  auto Relax = [&](unsigned N, unsigned Distance, unsigned Site) {
    if (Distance < Nodes[N].Distance &&
        !onFatalPath(N, Nodes[N].Sites[Site], Context) &&
        !passesReadyResult(N, Nodes[N].Sites[Site])) {
      Nodes[N].Distance = Distance;
      Nodes[N].Step = Site;
      Queue.push({Distance, N});
    }
  };
  for (unsigned N = First; N < Nodes.size(); ++N) {
    if (Nodes[N].Distance == 0) {
      Queue.push({0, N});
      continue;
    }
    const std::vector<CallSite> &Sites = Nodes[N].Sites;
    for (unsigned S = 0; S < Sites.size(); ++S) {
      if (Sites[S].Direct) {
        Relax(N, 1, S);
        continue;
      }
      if (!Sites[S].Target)
        continue;
      const unsigned T = Index.lookup(keyOf(*Sites[S].Target));
      if (T >= First)
        Callers[T - First].push_back({N, S});
      else if (Nodes[T].Distance != Infinite)
        Relax(N, Nodes[T].Distance + 1, S);
    }
  }
  while (!Queue.empty()) {
    auto [Distance, N] = Queue.top();
    Queue.pop();
    if (Distance != Nodes[N].Distance)
      continue;
    for (auto [Caller, Site] : Callers[N - First])
      Relax(Caller, Distance + 1, Site);
  }
}

} // namespace clang::tidy::async
