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
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (Call->getImplicitObjectArgument() && (!Method || !Method->isConst()))
      addRoot(Call->getImplicitObjectArgument(), Writes);
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getCalleeDecl());
    if (Method && !Method->isConst() && Call->getNumArgs() > 0)
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
      if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
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

private:
  DeclAccess &Writes;
  bool CountIncrements;
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
  bool Found = false;
  bool VisitCallExpr(CallExpr *Call) {
    const auto *Callee = dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl());
    if (!Callee)
      return true;
    bool Match = Names.find(*Callee).has_value();
    if (!Match)
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        if (const CXXRecordDecl *Class = Member->getRecordDecl())
          Match = Names.findMember(*Class, *Callee).has_value();
    return !(Found = Match);
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

void collectSharedObjects(const Expr &Call, DeclAccess &Objects) {
  const auto *C = dyn_cast<CallExpr>(withoutImplicit(&Call));
  if (!C)
    return;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(C))
    if (const Expr *Object = Member->getImplicitObjectArgument())
      addRoot(Object, Objects);
  for (const Expr *Arg : C->arguments()) {
    QualType T = Arg->getType();
    if (T->isPointerType() || isSmartPointer(T))
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
                                     llvm::StringRef SequentialList)
    : EagerTypes(knowledge::namesIn(EagerTypeList)),
      Sequential(knowledge::namesIn(SequentialList)) {}

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
  return Finder.Found;
}

} // namespace clang::tidy::async
