//===--- ErrorEscape.cpp - async-lint -------------------------------------===//

#include "ErrorEscape.h"
#include "CallTargets.h"
#include "CoroutineAnalysis.h"
#include "CoroutineFrameVisitor.h"
#include "ExprUnwrap.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::async {
namespace {

/// How deep calls of project functions are followed.
constexpr unsigned MaxDepth = 4;

/// Whether a call to \p F is declared not to throw. Builtins, destructors
/// and trivial functions do not throw.
bool isNoThrow(const FunctionDecl &F) {
  if (F.getBuiltinID() || isa<CXXDestructorDecl>(F) || F.isTrivial())
    return true;
  const auto *Proto = F.getType()->getAs<FunctionProtoType>();
  if (!Proto)
    return false;
  switch (Proto->getExceptionSpecType()) {
  case EST_Unevaluated:
  case EST_Unparsed:
    // An implicit special member whose specification nothing needed yet.
    return F.isDefaulted();
  case EST_Uninstantiated:
  case EST_DependentNoexcept:
    return false;
  default:
    return Proto->canThrow() == CT_Cannot;
  }
}

/// Whether a try statement's handlers catch every exception: `...` or
/// `std::exception`.
bool catchesEverything(const CXXTryStmt &Try) {
  for (unsigned I = 0; I < Try.getNumHandlers(); ++I) {
    const CXXCatchStmt *Handler = Try.getHandler(I);
    if (!Handler->getExceptionDecl())
      return true;
    const CXXRecordDecl *Caught = classOf(Handler->getCaughtType());
    if (Caught && Caught->getIdentifier() && Caught->getName() == "exception" &&
        Caught->isInStdNamespace())
      return true;
  }
  return false;
}

/// Walks one function's own statements for an error that leaves them, by
/// the rules of ErrorEscape. A handler is error handling: only a `throw` in
/// it counts.
class EscapeFinder : public CoroutineFrameVisitor<EscapeFinder> {
  using Base = CoroutineFrameVisitor<EscapeFinder>;

public:
  explicit EscapeFinder(ErrorEscape &Analysis) : Analysis(Analysis) {}

  bool TraverseCXXTryStmt(CXXTryStmt *Try) {
    const bool Everything = catchesEverything(*Try);
    Protected += Everything;
    bool Continue = Base::TraverseStmt(Try->getTryBlock());
    Protected -= Everything;
    for (unsigned I = 0; Continue && I < Try->getNumHandlers(); ++I)
      Continue = Base::TraverseStmt(Try->getHandler(I));
    return Continue;
  }

  bool VisitCXXThrowExpr(CXXThrowExpr *) { return found(Protected == 0); }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    return await(Await->getOperand(), Await->getResumeExpr(),
                 Await->getType());
  }
  bool VisitCoyieldExpr(CoyieldExpr *Yield) {
    return await(Yield->getOperand(), Yield->getResumeExpr(),
                 Yield->getType());
  }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) {
    return found(!quiet());
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (quiet() || Awaited.contains(Call))
      return true;
    const FunctionDecl *Callee = Call->getDirectCallee();
    return found(Callee && Analysis.callFails(*Callee));
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return found(!quiet() && Analysis.callFails(*Construct->getConstructor()));
  }

  bool Found = false;

private:
  bool quiet() const { return Protected > 0 || inCatchHandler(); }
  bool found(bool Escapes) {
    Found |= Escapes;
    return !Found;
  }

  /// Whether awaiting \p Operand reports the operation's error as a value:
  /// the result is an error type or a tuple that starts with one (Asio's
  /// as_tuple), or the operation is given an error-capturing token
  /// (`redirect_error(use_awaitable, ec)`).
  bool inBand(const CallExpr *Operation, QualType Result) const {
    if (Analysis.isInBandErrorType(Result))
      return true;
    if (const auto *Tuple =
            dyn_cast_or_null<ClassTemplateSpecializationDecl>(classOf(Result)))
      if (Tuple->isInStdNamespace() && Tuple->getIdentifier() &&
          (Tuple->getName() == "tuple" || Tuple->getName() == "pair") &&
          Tuple->getTemplateArgs().size() > 0) {
        const TemplateArgument &First = Tuple->getTemplateArgs()[0];
        if (First.getKind() == TemplateArgument::Pack
                ? First.pack_size() > 0 &&
                      Analysis.isInBandErrorType(First.pack_begin()->getAsType())
                : First.getKind() == TemplateArgument::Type &&
                      Analysis.isInBandErrorType(First.getAsType()))
          return true;
      }
    return Operation && llvm::any_of(Operation->arguments(), [&](const Expr *A) {
             return Analysis.isInBandErrorType(A->getType());
           });
  }

  /// Whether the awaited operation may report its error by exception.
  bool operationFails(const CallExpr *Operation, const Expr *Resume,
                      QualType Result) {
    if (inBand(Operation, Result))
      return false;
    const auto *ResumeCall =
        dyn_cast_or_null<CallExpr>(Resume ? withoutImplicit(Resume) : nullptr);
    if (ResumeCall && ResumeCall->getDirectCallee() &&
        isNoThrow(*ResumeCall->getDirectCallee()))
      return false;
    const FunctionDecl *Callee =
        Operation ? Operation->getDirectCallee() : nullptr;
    if (!Callee)
      return true;
    if (const FunctionDecl *Coroutine = ErrorEscape::coroutineDefinition(*Callee))
      return Analysis.escapes(*Coroutine);
    return true;
  }

  bool await(const Expr *Operand, const Expr *Resume, QualType Result) {
    if (quiet())
      return true;
    const auto *Operation =
        dyn_cast_or_null<CallExpr>(Operand ? withoutImplicit(Operand) : nullptr);
    if (operationFails(Operation, Resume, Result))
      return found(true);
    // The operation reports its error when it completes, not when it starts,
    // and building the token that captures the error does not fail either.
    if (Operation) {
      Awaited.insert(Operation);
      for (const Expr *Arg : Operation->arguments())
        if (const auto *Token = dyn_cast<CallExpr>(withoutImplicit(Arg)))
          if (Analysis.isInBandErrorType(Token->getType()))
            Awaited.insert(Token);
    }
    return true;
  }

  ErrorEscape &Analysis;
  unsigned Protected = 0;
  llvm::SmallPtrSet<const CallExpr *, 4> Awaited;
};

} // namespace

bool ErrorEscape::isInBandErrorType(QualType T) const {
  const CXXRecordDecl *Record = classOf(T);
  return Record && InBandErrorTypes.find(*Record);
}

bool ErrorEscape::isProjectFunction(const FunctionDecl &F) const {
  return !SM.isInSystemHeader(SM.getExpansionLoc(F.getLocation()));
}

const FunctionDecl *ErrorEscape::coroutineDefinition(const FunctionDecl &F) {
  const FunctionDecl *Definition = nullptr;
  if (F.hasBody(Definition) && Definition && userBodyOfCoroutine(*Definition))
    return Definition;
  return nullptr;
}

bool ErrorEscape::hasErrorCodeForm(const FunctionDecl &F) const {
  for (const ParmVarDecl *Param : F.parameters())
    if (isInBandErrorType(Param->getType()))
      return false;
  const DeclContext *Context = F.getDeclContext()->getRedeclContext();
  for (const NamedDecl *Candidate : Context->lookup(F.getDeclName())) {
    const FunctionDecl *Other = Candidate->getAsFunction();
    if (!Other || Other->getNumParams() != F.getNumParams() + 1)
      continue;
    if (isInBandErrorType(Other->getParamDecl(F.getNumParams())->getType()))
      return true;
  }
  return false;
}

namespace {
/// The functions a body calls or constructs with, outside lambdas.
class CalleeCollector : public RecursiveASTVisitor<CalleeCollector> {
public:
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitCallExpr(CallExpr *Call) {
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Callees.push_back(Callee);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Callees.push_back(Construct->getConstructor());
    return true;
  }
  llvm::SmallVector<const FunctionDecl *, 16> Callees;
};
} // namespace

bool ErrorEscape::raisesLibraryError(const FunctionDecl &F) {
  if (auto Known = RaisesLibraryError.find(&F);
      Known != RaisesLibraryError.end())
    return Known->second;
  const FunctionDecl *Definition = nullptr;
  if (Depth >= MaxDepth || !F.hasBody(Definition) || !Definition)
    return false;
  RaisesLibraryError[&F] = false;
  CalleeCollector Collector;
  Collector.TraverseStmt(Definition->getBody());
  bool Raises = false;
  ++Depth;
  for (const FunctionDecl *Callee : Collector.Callees) {
    if (ErrorRaisingFunctions.find(*Callee) ||
        (!isNoThrow(*Callee) && raisesLibraryError(*Callee))) {
      Raises = true;
      break;
    }
  }
  --Depth;
  return RaisesLibraryError[&F] = Raises;
}

bool ErrorEscape::callFails(const FunctionDecl &F) {
  if (ErrorRaisingFunctions.find(F))
    return true;
  if (isNoThrow(F))
    return false;
  if (hasErrorCodeForm(F))
    return true;
  const FunctionDecl *Definition = nullptr;
  if (!F.hasBody(Definition) || !Definition)
    return false;
  if (!isProjectFunction(*Definition))
    return raisesLibraryError(*Definition);
  // Calling a coroutine creates its task; its errors surface where the task
  // is awaited.
  if (userBodyOfCoroutine(*Definition))
    return false;
  return escapes(*Definition);
}

bool ErrorEscape::escapes(const FunctionDecl &Definition) {
  if (auto Known = Escapes.find(&Definition); Known != Escapes.end())
    return Known->second;
  if (Depth >= MaxDepth)
    return false;
  Escapes[&Definition] = false;
  const Stmt *Body = userBodyOfCoroutine(Definition);
  if (!Body)
    Body = Definition.getBody();
  ++Depth;
  EscapeFinder Finder(*this);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  --Depth;
  // The map may have grown: look the entry up again.
  return Escapes[&Definition] = Finder.Found;
}

} // namespace clang::tidy::async
