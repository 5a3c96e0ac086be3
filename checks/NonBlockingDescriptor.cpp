//===--- NonBlockingDescriptor.cpp - async-lint ---------------------------===//

#include "NonBlockingDescriptor.h"
#include "CallTargets.h"
#include "LibraryKnowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::async {
namespace {

/// Whether the source text of \p E contains one of \p Markers as a whole
/// identifier. Text, because the markers are macros in the C library.
bool mentionsMarker(const Expr *E, llvm::ArrayRef<llvm::StringRef> Markers,
                    ASTContext &Context) {
  if (!E)
    return false;
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Context.getLangOpts());
  if (Range.isInvalid())
    return false;
  llvm::StringRef Text = Lexer::getSourceText(Range, SM, Context.getLangOpts());
  auto IsIdentifierChar = [](char C) { return isAlphanumeric(C) || C == '_'; };
  for (llvm::StringRef Marker : Markers) {
    for (size_t Pos = Text.find(Marker); Pos != llvm::StringRef::npos;
         Pos = Text.find(Marker, Pos + 1)) {
      size_t End = Pos + Marker.size();
      if ((Pos == 0 || !IsIdentifierChar(Text[Pos - 1])) &&
          (End == Text.size() || !IsIdentifierChar(Text[End])))
        return true;
    }
  }
  return false;
}

/// The variable or member a descriptor expression names; through an
/// accessor without arguments (`socket.native_handle()`, `file.fd()`), the
/// object that owns the descriptor.
const ValueDecl *descriptorDecl(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  if (const auto *Accessor = dyn_cast<CXXMemberCallExpr>(E))
    if (Accessor->getNumArgs() == 0 && Accessor->getImplicitObjectArgument())
      return descriptorDecl(Accessor->getImplicitObjectArgument());
  return nullptr;
}

bool refersTo(const Stmt *S, const ValueDecl *D) {
  if (!S)
    return false;
  if (const auto *E = dyn_cast<Expr>(S))
    if (descriptorDecl(E) == D)
      return true;
  for (const Stmt *Child : S->children())
    if (refersTo(Child, D))
      return true;
  return false;
}

class EvidenceFinder : public RecursiveASTVisitor<EvidenceFinder> {
public:
  /// With a null \p Call, an awaited use anywhere counts, and so does a
  /// returned awaitable that uses the descriptor (`return
  /// scheduler->poll(m_socket, op)`).
  EvidenceFinder(const ValueDecl *Descriptor, const CallExpr *Call,
                 llvm::ArrayRef<llvm::StringRef> Markers, ASTContext &Context)
      : Descriptor(Descriptor), Call(Call), Markers(Markers),
        Context(Context) {}

  bool Found = false;

  bool VisitCallExpr(CallExpr *Other) {
    if (Other != Call && llvm::any_of(Other->arguments(), [&](const Expr *A) {
          return descriptorDecl(A) == Descriptor;
        }))
      check(Other);
    return !Found;
  }
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp() && descriptorDecl(Op->getLHS()) == Descriptor)
      check(Op->getRHS());
    return !Found;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (refersTo(Await->getOperand(), Descriptor) &&
        (!Call || Context.getSourceManager().isBeforeInTranslationUnit(
                      Await->getBeginLoc(), Call->getBeginLoc())))
      Found = true;
    return !Found;
  }
  bool VisitReturnStmt(ReturnStmt *Return) {
    if (!Call && Return->getRetValue() &&
        isAwaitableType(Return->getRetValue()->getType()) &&
        refersTo(Return->getRetValue(), Descriptor))
      Found = true;
    return !Found;
  }

private:
  void check(const Expr *E) { Found = Found || mentionsMarker(E, Markers, Context); }

  const ValueDecl *Descriptor;
  const CallExpr *Call;
  llvm::ArrayRef<llvm::StringRef> Markers;
  ASTContext &Context;
};

} // namespace

bool descriptorShownNonBlocking(const CallExpr &Call, const Stmt &FunctionBody,
                                llvm::ArrayRef<llvm::StringRef> Markers,
                                ASTContext &Context) {
  for (const Expr *Arg : Call.arguments())
    if (mentionsMarker(Arg, Markers, Context))
      return true;
  if (Call.getNumArgs() == 0)
    return false;
  const ValueDecl *Descriptor = descriptorDecl(Call.getArg(0));
  if (!Descriptor)
    return false;
  if (const auto *Var = dyn_cast<VarDecl>(Descriptor))
    if (mentionsMarker(Var->getInit(), Markers, Context))
      return true;
  EvidenceFinder Finder(Descriptor, &Call, Markers, Context);
  Finder.TraverseStmt(const_cast<Stmt *>(&FunctionBody));
  return Finder.Found;
}

namespace {

bool findPath(const Stmt *S, const Stmt &Target,
              llvm::SmallVectorImpl<const Stmt *> &Path) {
  if (!S)
    return false;
  Path.push_back(S);
  if (S == &Target)
    return true;
  for (const Stmt *Child : S->children())
    if (findPath(Child, Target, Path))
      return true;
  Path.pop_back();
  return false;
}

/// Whether \p E is `std::move(x)`, `std::forward<T>(x)` or a cast: a view of
/// its one argument.
const Expr *throughMove(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *F = Call->getDirectCallee())
      if (Call->getNumArgs() == 1 && F->isInStdNamespace() &&
          (F->getName() == "move" || F->getName() == "forward"))
        return throughMove(Call->getArg(0));
  return E;
}

/// The local variable or parameter that \p E is a part of: `r`,
/// `results[i]`, `std::get<0>(results)`, `any.results[any.index]`,
/// `std::move(r)`.
const VarDecl *rootVariable(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = throughMove(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() != OO_Subscript && Op->getOperator() != OO_Arrow &&
          Op->getOperator() != OO_Star)
        return nullptr;
      E = Op->getArg(0);
    } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      // std::get<N>(tuple)
      const FunctionDecl *F = Call->getDirectCallee();
      if (!F || !F->isInStdNamespace() || F->getName() != "get" ||
          Call->getNumArgs() != 1)
        return nullptr;
      E = Call->getArg(0);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

/// The object a member call is made on, if any.
const Expr *objectOf(const Expr &Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  return nullptr;
}

/// Whether \p S asks \p Names about the readiness of variable \p Var.
bool queriesReadiness(const Stmt *S, const VarDecl *Var,
                      const QualifiedNameSet &Names) {
  if (!S)
    return false;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    if (const Expr *Object = objectOf(*Call))
      if (rootVariable(Object) == Var && findCallee(Names, *Call))
        return true;
  for (const Stmt *Child : S->children())
    if (queriesReadiness(Child, Var, Names))
      return true;
  return false;
}

/// Whether the record \p Record, or one of its bases, is named in \p Names.
bool isOrDerivesFrom(const CXXRecordDecl *Record, const QualifiedNameSet &Names,
                     unsigned Depth = 0) {
  if (!Record || Depth > 8)
    return false;
  if (Names.find(*Record))
    return true;
  if (!(Record = Record->getDefinition()))
    return false;
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (isOrDerivesFrom(Base.getType()->getAsCXXRecordDecl(), Names,
                        Depth + 1))
      return true;
  return false;
}

const CXXRecordDecl *recordOf(const Expr *E) {
  return E ? E->getType().getNonReferenceType()->getAsCXXRecordDecl()
           : nullptr;
}

/// The operand of the `co_await` that \p E is, through the implicit nodes
/// of an initializer.
const Expr *awaitedOperand(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
  if (const auto *Await = dyn_cast<CoawaitExpr>(E))
    return Await->getOperand()->IgnoreImplicit();
  return nullptr;
}

} // namespace

const VarDecl *variableOf(const Expr *E) { return rootVariable(E); }

llvm::SmallVector<const Stmt *, 16> pathTo(const Stmt &Root,
                                           const Stmt &Target) {
  llvm::SmallVector<const Stmt *, 16> Path;
  if (!findPath(&Root, Target, Path))
    Path.clear();
  return Path;
}

NonBlockingEvidence::NonBlockingEvidence(const NonBlockingEvidenceLists &Lists)
    : ReadinessQueries(knowledge::namesIn(Lists.ReadinessQueries)),
      CompletedResultSources(knowledge::namesIn(Lists.CompletedResultSources)),
      InMemoryStreams(knowledge::namesIn(Lists.InMemoryStreams)),
      WakeUpWrites(knowledge::namesIn(Lists.WakeUpWriteFunctions)),
      Markers(Lists.NonBlockingMarkers.begin(), Lists.NonBlockingMarkers.end()) {
}

bool NonBlockingEvidence::shownNonBlocking(const Expr &Call,
                                           const BlockingCallee &Callee,
                                           const Stmt &FunctionBody,
                                           ASTContext &Context) {
  if (Callee.Kind == BlockingKind::Generic)
    return waitsOnReadyResult(Call, FunctionBody);
  if (Callee.Kind != BlockingKind::PosixIO)
    return false;
  const auto *CE = dyn_cast<CallExpr>(&Call);
  if (!CE)
    return false;
  return readsMemory(*CE) || isWakeUpWrite(*CE, Context) ||
         descriptorNonBlocking(*CE, FunctionBody, Context);
}

bool NonBlockingEvidence::descriptorNonBlocking(const CallExpr &Call,
                                                const Stmt &Body,
                                                ASTContext &Context) {
  if (descriptorShownNonBlocking(Call, Body, Markers, Context))
    return true;
  if (Call.getNumArgs() == 0)
    return false;
  if (const auto *Field =
          dyn_cast_or_null<FieldDecl>(descriptorDecl(Call.getArg(0))))
    return fieldDrivenByEventLoop(*Field, Context);
  return false;
}

bool NonBlockingEvidence::fieldDrivenByEventLoop(const FieldDecl &Field,
                                                 ASTContext &Context) {
  auto [It, Inserted] = FieldEvidence.try_emplace(&Field, false);
  if (!Inserted)
    return It->second;
  // In a class template, the member functions with bodies are those of the
  // pattern, with the pattern's member.
  const CXXRecordDecl *Class = dyn_cast<CXXRecordDecl>(Field.getParent());
  const ValueDecl *Member = &Field;
  if (Class)
    if (const CXXRecordDecl *Pattern = Class->getTemplateInstantiationPattern())
      if (Pattern != Class) {
        Class = Pattern;
        auto Found = Pattern->lookup(Field.getDeclName());
        Member = Found.empty() ? nullptr
                               : dyn_cast<FieldDecl>(Found.front());
      }
  bool Result = false;
  if (Class && Member && Class->hasDefinition()) {
    for (const Decl *D : Class->decls()) {
      const FunctionDecl *Method = nullptr;
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
        Method = Template->getTemplatedDecl();
      else
        Method = dyn_cast<CXXMethodDecl>(D);
      if (!Method)
        continue;
      const FunctionDecl *Definition = nullptr;
      if (!Method->hasBody(Definition) || !Definition->getBody())
        continue;
      EvidenceFinder Finder(Member, nullptr, Markers, Context);
      Finder.TraverseStmt(Definition->getBody());
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Definition))
        for (const CXXCtorInitializer *Init : Ctor->inits())
          if (Init->getMember() == Member && Init->getInit())
            Finder.Found = Finder.Found ||
                           mentionsMarker(Init->getInit(), Markers, Context);
      if ((Result = Finder.Found))
        break;
    }
  }
  FieldEvidence[&Field] = Result;
  return Result;
}

bool NonBlockingEvidence::waitsOnReadyResult(const Expr &Call,
                                             const Stmt &Body) {
  const Expr *Object = objectOf(Call);
  const VarDecl *Var = Object ? rootVariable(Object) : nullptr;
  if (!Var)
    return false;
  // The result came out of an awaited combinator that hands back completed
  // results: `auto all = co_await when_all(...); all[0].get()`.
  if (const Expr *Awaited = awaitedOperand(Var->getInit())) {
    // `auto all = when_all(...); auto done = co_await all;`
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Awaited))
      if (const auto *Source = dyn_cast<VarDecl>(Ref->getDecl()))
        if (Source->getInit())
          Awaited = Source->getInit()->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Awaited))
      if (Construct->getNumArgs() == 1)
        Awaited = Construct->getArg(0)->IgnoreImplicit();
    if (findCallee(CompletedResultSources, *Awaited))
      return true;
  }
  // The code asked whether it is ready before: `assert(r.status() ==
  // result_status::value); r.get()`, `if (f.isReady()) f.get()`.
  return readinessQueriedBefore(Call, *Var, Body);
}

bool NonBlockingEvidence::readinessQueriedBefore(const Stmt &Use,
                                                 const VarDecl &VarRef,
                                                 const Stmt &Body) const {
  const VarDecl *Var = &VarRef;
  llvm::SmallVector<const Stmt *, 16> Path = pathTo(Body, Use);
  for (size_t I = Path.size(); I-- > 1;) {
    const Stmt *Parent = Path[I - 1];
    const Stmt *Child = Path[I];
    if (const auto *Block = dyn_cast<CompoundStmt>(Parent)) {
      for (const Stmt *Before : Block->body()) {
        if (Before == Child)
          break;
        if (queriesReadiness(Before, Var, ReadinessQueries))
          return true;
      }
    } else if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (Child == If->getThen() &&
          queriesReadiness(If->getCond(), Var, ReadinessQueries))
        return true;
    } else if (const auto *Cond = dyn_cast<ConditionalOperator>(Parent)) {
      if (Child == Cond->getTrueExpr() &&
          queriesReadiness(Cond->getCond(), Var, ReadinessQueries))
        return true;
    } else if (const auto *And = dyn_cast<BinaryOperator>(Parent)) {
      if (And->getOpcode() == BO_LAnd && Child == And->getRHS() &&
          queriesReadiness(And->getLHS(), Var, ReadinessQueries))
        return true;
    }
  }
  return false;
}

bool NonBlockingEvidence::readsMemory(const CallExpr &Call) {
  // `std::getline(stream, line)`: the stream is the first argument.
  if (Call.getNumArgs() == 0 || InMemoryStreams.empty())
    return false;
  const Expr *Stream = Call.getArg(0)->IgnoreParenImpCasts();
  if (isOrDerivesFrom(recordOf(Stream), InMemoryStreams))
    return true;
  // `std::istream in(&buffer)` over a buffer in memory.
  const auto *Ref = dyn_cast<DeclRefExpr>(Stream);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Construct =
      Var && Var->getInit()
          ? dyn_cast<CXXConstructExpr>(Var->getInit()->IgnoreImplicit())
          : nullptr;
  if (!Construct || Construct->getNumArgs() == 0)
    return false;
  const auto *AddressOf =
      dyn_cast<UnaryOperator>(Construct->getArg(0)->IgnoreParenImpCasts());
  return AddressOf && AddressOf->getOpcode() == UO_AddrOf &&
         isOrDerivesFrom(recordOf(AddressOf->getSubExpr()), InMemoryStreams);
}

bool NonBlockingEvidence::isWakeUpWrite(const CallExpr &Call,
                                        ASTContext &Context) {
  // A few bytes into a wake-up pipe or eventfd: far below PIPE_BUF, which
  // POSIX guarantees to be at least 512, so it cannot block on a pipe that
  // a reader drains.
  constexpr uint64_t WakeUpBytes = 512;
  if (Call.getNumArgs() != 3 || !findCallee(WakeUpWrites, Call))
    return false;
  Expr::EvalResult Count;
  const Expr *Size = Call.getArg(2);
  if (Size->isValueDependent() || !Size->EvaluateAsInt(Count, Context))
    return false;
  return Count.Val.getInt().getZExtValue() <= WakeUpBytes;
}

} // namespace clang::tidy::async
