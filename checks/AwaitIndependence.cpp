//===--- AwaitIndependence.cpp - async-lint -------------------------------===//

#include "AwaitIndependence.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "LibraryKnowledge.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::async {
namespace {

/// `v[i]`, `*p` and `p->m` on a class: they reach into an object without
/// changing it (what is then done with the result may).
bool isAccessor(const CXXOperatorCallExpr &Op) {
  OverloadedOperatorKind Kind = Op.getOperator();
  return Kind == OO_Subscript || Kind == OO_Arrow ||
         (Kind == OO_Star && Op.getNumArgs() == 1);
}

/// The variable or field of `*this` that an lvalue expression designates:
/// `a`, `a.b`, `a[i]`, `*a` all lead to `a`; `this->f` and `f` to field `f`.
const ValueDecl *rootDecl(const Expr *E, bool &IsThis) {
  IsThis = false;
  while (E) {
    E = withoutImplicit(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Ref->getDecl();
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(withoutImplicit(Member->getBase())))
        return Member->getMemberDecl();
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else if (const auto *Op = dyn_cast<UnaryOperator>(E)) {
      E = Op->getSubExpr();
    } else if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
               Copy && Copy->getNumArgs() == 1) {
      E = Copy->getArg(0);
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getNumArgs() >= 1 && isAccessor(*Op)) {
      // `v[i]`, `*p`, `p->m` on a container, iterator or smart pointer.
      E = Op->getArg(0);
    } else if (isa<CXXThisExpr>(E)) {
      IsThis = true;
      return nullptr;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

void addRoot(const Expr *E, DeclAccess &Access) {
  bool IsThis = false;
  if (const ValueDecl *D = rootDecl(E, IsThis))
    Access.Decls.insert(D);
  else if (IsThis)
    Access.ThisObject = true;
}

bool isStdMoveOrForward(const CallExpr &Call) {
  const FunctionDecl *F = Call.getDirectCallee();
  return F && Call.getNumArgs() == 1 && F->isInStdNamespace() &&
         F->getIdentifier() &&
         (F->getName() == "move" || F->getName() == "forward");
}

/// A handle to a shared object: a class with `operator->`.
bool hasArrowOperator(const CXXRecordDecl &Record) {
  if (!Record.hasDefinition())
    return false;
  if (llvm::any_of(Record.methods(), [](const CXXMethodDecl *M) {
        return M->getOverloadedOperator() == OO_Arrow;
      }))
    return true;
  // libstdc++ declares shared_ptr's operator-> in a base class.
  return llvm::any_of(Record.bases(), [](const CXXBaseSpecifier &Base) {
    const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl();
    return B && hasArrowOperator(*B);
  });
}

bool isSmartPointer(QualType T) {
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && hasArrowOperator(*Record);
}

class ReadCollector : public CoroutineFrameVisitor<ReadCollector> {
public:
  explicit ReadCollector(DeclAccess &Reads) : Reads(Reads) {}
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (isa<VarDecl, BindingDecl>(Ref->getDecl()))
      Reads.Decls.insert(Ref->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    if (isa<CXXThisExpr>(withoutImplicit(Member->getBase())))
      Reads.Decls.insert(Member->getMemberDecl());
    return true;
  }

private:
  DeclAccess &Reads;
};

class WriteCollector : public CoroutineFrameVisitor<WriteCollector> {
public:
  WriteCollector(DeclAccess &Writes, bool CountIncrements)
      : Writes(Writes), CountIncrements(CountIncrements) {}
  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp())
      addRoot(Op->getLHS(), Writes);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if ((CountIncrements && Op->isIncrementDecrementOp()) ||
        Op->getOpcode() == UO_AddrOf)
      addRoot(Op->getSubExpr(), Writes);
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (Context && Await->getOperand())
      if (const auto *Call =
              dyn_cast<CallExpr>(withoutImplicit(Await->getOperand())))
        AwaitedCalls.insert(Call);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const Expr *Object = Call->getImplicitObjectArgument();
    if (Object && (!Method || !Method->isConst()) && !isContext(*Call, *Object))
      addRoot(Object, Writes);
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getCalleeDecl());
    if (Method && !Method->isConst() && Call->getNumArgs() > 0 &&
        !isAccessor(*Call))
      addRoot(Call->getArg(0), Writes);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    unsigned Offset = isa<CXXOperatorCallExpr>(Call) &&
                              isa<CXXMethodDecl>(Callee)
                          ? 1
                          : 0;
    for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
      unsigned Param = I - Offset;
      if (Param >= Callee->getNumParams())
        break;
      QualType T = Callee->getParamDecl(Param)->getType();
      if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified() &&
          !isContext(*Call, *Call->getArg(I)))
        addRoot(Call->getArg(I), Writes);
    }
    return true;
  }
  // A lambda capturing by reference may write what it captures.
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (Capture.getCaptureKind() == LCK_ByRef && Capture.capturesVariable())
        Writes.Decls.insert(Capture.getCapturedVar());
      if (Capture.capturesThis())
        Writes.ThisObject = true;
    }
    return CoroutineFrameVisitor::TraverseLambdaExpr(Lambda);
  }

  /// With \p Context, the objects that an awaited call works on (its
  /// receiver, its arguments by reference) are shared context rather than
  /// writes when they are services or protocol-bound resources; the caller
  /// decides about the latter.
  const AwaitedOperations *Context = nullptr;

private:
  bool isContext(const CallExpr &Call, const Expr &Object) const {
    return Context && AwaitedCalls.contains(&Call) &&
           Context->resourceKind(Object.getType()) != ResourceKind::Data;
  }

  DeclAccess &Writes;
  bool CountIncrements;
  llvm::SmallPtrSet<const CallExpr *, 4> AwaitedCalls;
};

class AwaitCollector : public CoroutineFrameVisitor<AwaitCollector> {
public:
  llvm::SmallVector<const CoawaitExpr *, 4> Awaits;
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    Awaits.push_back(Await);
    return true;
  }
};

class ExitFinder : public CoroutineFrameVisitor<ExitFinder> {
public:
  bool Found = false;
  bool VisitBreakStmt(BreakStmt *) { return !(Found = true); }
  bool VisitReturnStmt(ReturnStmt *) { return !(Found = true); }
  bool VisitCoreturnStmt(CoreturnStmt *) { return !(Found = true); }
  bool VisitGotoStmt(GotoStmt *) { return !(Found = true); }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return !(Found = true); }
  bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
};

class SequentialFinder : public CoroutineFrameVisitor<SequentialFinder> {
public:
  explicit SequentialFinder(const QualifiedNameSet &Names) : Names(Names) {}
  /// Whether to find every call, rather than stop at the first.
  bool All = false;
  llvm::SmallVector<const CallExpr *, 2> Calls;
  bool VisitCallExpr(CallExpr *Call) {
    const auto *Callee = dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl());
    if (!Callee)
      return true;
    bool Match = Names.find(*Callee).has_value();
    if (!Match)
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        if (const CXXRecordDecl *Class = Member->getRecordDecl())
          Match = Names.findMember(*Class, *Callee).has_value();
    if (Match)
      Calls.push_back(Call);
    return All || !Match;
  }

private:
  const QualifiedNameSet &Names;
};

} // namespace

bool DeclAccess::intersects(const DeclAccess &Other) const {
  if ((ThisObject && Other.readsField()) || (Other.ThisObject && readsField()))
    return true;
  for (const ValueDecl *D : Decls)
    if (Other.Decls.contains(D))
      return true;
  return false;
}

bool DeclAccess::readsField() const {
  return ThisObject || llvm::any_of(Decls, [](const ValueDecl *D) {
           return isa<FieldDecl>(D);
         });
}

void collectReads(const Stmt &S, DeclAccess &Reads) {
  ReadCollector(Reads).TraverseStmt(const_cast<Stmt *>(&S));
}

void collectWrites(const Stmt &S, DeclAccess &Writes) {
  WriteCollector(Writes, true).TraverseStmt(const_cast<Stmt *>(&S));
}

void collectWritesOtherThanIncrements(const Stmt &S, DeclAccess &Writes) {
  WriteCollector(Writes, false).TraverseStmt(const_cast<Stmt *>(&S));
}

void collectWritesBesidesContext(const Stmt &S, const AwaitedOperations &Ops,
                                 DeclAccess &Writes, bool CountIncrements) {
  WriteCollector Collector(Writes, CountIncrements);
  Collector.Context = &Ops;
  Collector.TraverseStmt(const_cast<Stmt *>(&S));
}

const ValueDecl *objectRoot(const Expr *E,
                            llvm::SmallVectorImpl<const Expr *> *Indices) {
  while (E) {
    E = withoutImplicit(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Ref->getDecl();
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(withoutImplicit(Member->getBase())))
        return Member->getMemberDecl();
      E = Member->getBase();
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      E = Call->getImplicitObjectArgument();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      if (Indices)
        Indices->push_back(Subscript->getIdx());
      E = Subscript->getBase();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getNumArgs() >= 1 && isAccessor(*Op)) {
      if (Indices && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
        Indices->push_back(Op->getArg(1));
      E = Op->getArg(0);
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E);
               Unary && (Unary->getOpcode() == UO_Deref ||
                         Unary->getOpcode() == UO_AddrOf)) {
      E = Unary->getSubExpr();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const Expr *sequentialObject(const CallExpr &Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    return Member->getImplicitObjectArgument();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getNumArgs() ? Op->getArg(0) : nullptr;
  return Call.getNumArgs() ? Call.getArg(0) : nullptr;
}

void collectSharedObjects(const Expr &Call, DeclAccess &Objects) {
  const auto *C = dyn_cast<CallExpr>(withoutImplicit(&Call));
  if (!C)
    return;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(C))
    if (const Expr *Object = Member->getImplicitObjectArgument())
      addRoot(Object, Objects);
  // Arguments other than numbers: the same endpoint, key, handle or
  // object through a pointer is one target, whose state the first operation
  // may change and the second read (`request(ep, "PUT k v")`, then
  // `request(ep, "GET k")`).
  for (const Expr *Arg : C->arguments()) {
    QualType T = Arg->getType().getNonReferenceType();
    if (T->isPointerType() || T->isRecordType() || T->isArrayType())
      addRoot(Arg, Objects);
  }
  // Passing by non-const reference counts too; the write collector finds
  // those arguments (and nothing it finds is harmless to share).
  DeclAccess Written;
  collectWrites(*C, Written);
  Objects.Decls.insert(Written.Decls.begin(), Written.Decls.end());
  Objects.ThisObject |= Written.ThisObject;
}

llvm::SmallVector<const CoawaitExpr *, 4> awaitsIn(const Stmt &S) {
  AwaitCollector Collector;
  Collector.TraverseStmt(const_cast<Stmt *>(&S));
  return std::move(Collector.Awaits);
}

bool containsExit(const Stmt &S) {
  ExitFinder Finder;
  Finder.TraverseStmt(const_cast<Stmt *>(&S));
  return Finder.Found;
}

static std::string replaceAll(llvm::StringRef Text, llvm::StringRef From,
                              llvm::StringRef To) {
  std::string Result;
  for (size_t Pos; (Pos = Text.find(From)) != llvm::StringRef::npos;) {
    Result += Text.take_front(Pos);
    Result += To;
    Text = Text.drop_front(Pos + From.size());
  }
  Result += Text;
  return Result;
}

std::string instantiateForm(llvm::StringRef Form,
                            llvm::ArrayRef<std::string> Awaited) {
  size_t Open = Form.find("$[");
  size_t Close = Form.find("$]");
  if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos ||
      Close < Open)
    return replaceAll(Form, "$0", Awaited.empty() ? "" : Awaited.front());
  llvm::StringRef Item = Form.slice(Open + 2, Close);
  std::string Result = Form.take_front(Open).str();
  for (size_t I = 0; I < Awaited.size(); ++I) {
    if (I)
      Result += ", ";
    Result += replaceAll(Item, "$0", Awaited[I]);
  }
  Result += Form.drop_front(Close + 2);
  return Result;
}

AwaitedOperations::AwaitedOperations(llvm::StringRef EagerTypeList,
                                     llvm::StringRef SequentialList,
                                     llvm::StringRef SequentialTypeList,
                                     llvm::StringRef SchedulerTypeList)
    : EagerTypes(knowledge::namesIn(EagerTypeList)),
      Sequential(knowledge::namesIn(SequentialList)),
      SequentialTypes(knowledge::namesIn(SequentialTypeList)),
      SchedulerTypes(knowledge::namesIn(SchedulerTypeList)) {}

/// The class an object of type \p T is, through references, pointers and
/// smart pointers (`std::shared_ptr<Socket>`: Socket).
static const CXXRecordDecl *objectClass(QualType T) {
  for (unsigned Depth = 0; Depth < 4 && !T.isNull(); ++Depth) {
    T = T.getNonReferenceType();
    if (T->isPointerType()) {
      T = T->getPointeeType();
      continue;
    }
    const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
    if (!Record)
      return nullptr;
    const auto *Special = dyn_cast<ClassTemplateSpecializationDecl>(Record);
    if (Special && isSmartPointer(T) && Special->getTemplateArgs().size() >= 1 &&
        Special->getTemplateArgs()[0].getKind() == TemplateArgument::Type) {
      T = Special->getTemplateArgs()[0].getAsType();
      continue;
    }
    return Record;
  }
  return nullptr;
}

/// The definition to look into: a specialization that was only declared is
/// read through its template.
static const CXXRecordDecl *definitionOf(const CXXRecordDecl &Record) {
  if (const CXXRecordDecl *Def = Record.getDefinition())
    return Def;
  if (const auto *Special = dyn_cast<ClassTemplateSpecializationDecl>(&Record))
    if (const ClassTemplateDecl *Template = Special->getSpecializedTemplate())
      if (const CXXRecordDecl *Pattern = Template->getTemplatedDecl())
        return Pattern->getDefinition();
  return nullptr;
}

bool AwaitedOperations::inList(const QualifiedNameSet &Names,
                               const CXXRecordDecl &Record) const {
  if (Names.empty())
    return false;
  if (Names.find(Record))
    return true;
  const CXXRecordDecl *Def = definitionOf(Record);
  return Def && llvm::any_of(Def->bases(), [&](const CXXBaseSpecifier &Base) {
           const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl();
           return B && inList(Names, *B);
         });
}

bool AwaitedOperations::isAwaitable(QualType T) const {
  const CXXRecordDecl *Record = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  if (!Record)
    return false;
  if (EagerTypes.find(*Record))
    return true;
  const CXXRecordDecl *Def = definitionOf(*Record);
  if (!Def)
    return false;
  for (const Decl *D : Def->decls()) {
    const auto *Named = dyn_cast<NamedDecl>(D);
    if (!Named)
      continue;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Named);
        Method && Method->getOverloadedOperator() == OO_Coawait)
      return true;
    if (Named->getIdentifier() && (Named->getName() == "await_ready" ||
                                   Named->getName() == "promise_type"))
      return true;
  }
  return false;
}

bool AwaitedOperations::isProtocolBound(const CXXRecordDecl &Record,
                                        unsigned Depth) const {
  auto [It, Inserted] = ProtocolBoundCache.try_emplace(&Record, false);
  if (!Inserted)
    return It->second;
  bool Result = inList(SequentialTypes, Record);
  const CXXRecordDecl *Def = definitionOf(Record);
  // The receiver of a sequential operation.
  if (!Result && Def)
    for (const CXXMethodDecl *Method : Def->methods())
      if (Method->getIdentifier() && Sequential.mayContain(Method->getName()) &&
          Sequential.findMember(Record, *Method)) {
        Result = true;
        break;
      }
  // A class that holds one (a connection and its socket); the standard
  // library's containers are data, not wrappers.
  if (!Result && Def && Depth < 3 && !Def->isInStdNamespace())
    for (const FieldDecl *Field : Def->fields())
      if (const CXXRecordDecl *Held = objectClass(Field->getType()))
        if (Held != &Record && isProtocolBound(*Held, Depth + 1)) {
          Result = true;
          break;
        }
  ProtocolBoundCache[&Record] = Result;
  return Result;
}

bool AwaitedOperations::isService(const CXXRecordDecl &Record) const {
  auto [It, Inserted] = ServiceCache.try_emplace(&Record, false);
  if (!Inserted)
    return It->second;
  bool Result = false;
  if (const CXXRecordDecl *Def = definitionOf(Record)) {
    Result = llvm::any_of(Def->methods(), [&](const CXXMethodDecl *Method) {
      return !Method->isStatic() && isAwaitable(Method->getReturnType());
    });
    if (!Result)
      Result = llvm::any_of(Def->bases(), [&](const CXXBaseSpecifier &Base) {
        const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl();
        return B && isService(*B);
      });
  }
  ServiceCache[&Record] = Result;
  return Result;
}

ResourceKind AwaitedOperations::resourceKind(QualType T) const {
  const CXXRecordDecl *Record = objectClass(T);
  if (!Record)
    return ResourceKind::Data;
  if (inList(SchedulerTypes, *Record))
    return ResourceKind::Scheduler;
  if (isProtocolBound(*Record, 0))
    return ResourceKind::ProtocolBound;
  if (isService(*Record))
    return ResourceKind::Service;
  return ResourceKind::Data;
}

/// A `std::chrono::duration` or `time_point`.
static bool isTime(QualType T) {
  const CXXRecordDecl *Record =
      T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->getIdentifier() ||
      (Record->getName() != "duration" && Record->getName() != "time_point"))
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(Record->getDeclContext());
  return NS && NS->getIdentifier() && NS->getName() == "chrono" &&
         NS->getParent()->isStdNamespace();
}

bool AwaitedOperations::onlyReschedules(const CallExpr &Call) const {
  unsigned Inputs = 0;
  auto Fits = [&](const Expr *E) {
    QualType T = E->getType();
    if (isTime(T) || resourceKind(T) == ResourceKind::Scheduler) {
      ++Inputs;
      return true;
    }
    return false;
  };
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    if (const Expr *Object = Member->getImplicitObjectArgument())
      if (!Fits(Object))
        return false;
  for (const Expr *Arg : Call.arguments())
    if (!isa<CXXDefaultArgExpr>(Arg) && !Fits(Arg))
      return false;
  return Inputs > 0;
}

bool AwaitedOperations::isEager(QualType T) const {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType();
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && EagerTypes.find(*Record);
}

const CallExpr *
AwaitedOperations::freshOperation(const CoawaitExpr &Await) const {
  const Expr *Operand = Await.getOperand();
  if (!Operand || Operand->isTypeDependent())
    return nullptr;
  const auto *Call = dyn_cast<CallExpr>(withoutImplicit(Operand));
  if (!Call || isStdMoveOrForward(*Call))
    return nullptr;
  // A call that returns a reference (`results[i]`, `tasks.front()`) names
  // an operation that exists already.
  if (Call->isGLValue())
    return nullptr;
  // Continuing an eager operation that already runs (`fut.then(...)`,
  // `as_future(std::move(fut))`) does not start anything new.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (const Expr *Object = Member->getImplicitObjectArgument())
      if (isEager(Object->getType()) && !isa<CallExpr>(withoutImplicit(Object)))
        return nullptr;
  for (const Expr *Arg : Call->arguments()) {
    const Expr *A = withoutImplicit(Arg);
    if (const auto *Inner = dyn_cast<CallExpr>(A))
      if (isStdMoveOrForward(*Inner))
        A = withoutImplicit(Inner->getArg(0));
    if (isEager(A->getType()) && !isa<CallExpr>(A))
      return nullptr;
  }
  return Call;
}

bool AwaitedOperations::callsSequentialOperation(const Stmt &S) const {
  SequentialFinder Finder(Sequential);
  Finder.TraverseStmt(const_cast<Stmt *>(&S));
  return !Finder.Calls.empty();
}

llvm::SmallVector<const CallExpr *, 2>
AwaitedOperations::sequentialCalls(const Stmt &S) const {
  SequentialFinder Finder(Sequential);
  Finder.All = true;
  Finder.TraverseStmt(const_cast<Stmt *>(&S));
  return std::move(Finder.Calls);
}

} // namespace clang::tidy::async
