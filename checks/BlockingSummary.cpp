//===--- BlockingSummary.cpp - async-lint ---------------------------------===//

#include "BlockingSummary.h"
#include "CoroutineFrameVisitor.h"
#include "NonBlockingDescriptor.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
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
                                     const BlockingSummaryOptions &Options)
    : Blocking(Blocking), BlockingAnnotation(Options.BlockingAnnotation.str()),
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
      // Raw I/O on a descriptor shown non-blocking does not block.
      if (Site.Direct && Site.Direct->Kind == BlockingKind::PosixIO)
        if (const auto *Call = dyn_cast_or_null<CallExpr>(Site.Call))
          if (descriptorShownNonBlocking(*Call, *Body, NonBlockingMarkers,
                                         Context))
            Site.Direct.reset();
      if (Site.Target && !Index.count(keyOf(*Site.Target)))
        Stack.push_back(keyOf(*Site.Target));
    }
    Nodes[I].Sites = std::move(Collector.Sites);
  }
  computeDistances(First);
}

void BlockingSummaries::computeDistances(unsigned First) {
  // Shortest chains by Dijkstra over the nodes found in this exploration;
  // the nodes of earlier explorations are final.
  const unsigned Count = Nodes.size() - First;
  std::vector<llvm::SmallVector<std::pair<unsigned, unsigned>, 2>> Callers(
      Count);
  using Item = std::pair<unsigned, unsigned>; // distance, node
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> Queue;
  auto Relax = [&](unsigned N, unsigned Distance, unsigned Site) {
    if (Distance < Nodes[N].Distance) {
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
