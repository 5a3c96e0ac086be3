//===--- NonBlockingDescriptor.cpp - async-lint ---------------------------===//

#include "NonBlockingDescriptor.h"
#include "clang/AST/ASTContext.h"
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

/// The variable or member a descriptor expression names.
const ValueDecl *descriptorDecl(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
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
  EvidenceFinder(const ValueDecl *Descriptor, const CallExpr &Call,
                 llvm::ArrayRef<llvm::StringRef> Markers, ASTContext &Context)
      : Descriptor(Descriptor), Call(Call), Markers(Markers),
        Context(Context) {}

  bool Found = false;

  bool VisitCallExpr(CallExpr *Other) {
    if (Other != &Call && llvm::any_of(Other->arguments(), [&](const Expr *A) {
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
        Context.getSourceManager().isBeforeInTranslationUnit(
            Await->getBeginLoc(), Call.getBeginLoc()))
      Found = true;
    return !Found;
  }

private:
  void check(const Expr *E) { Found = Found || mentionsMarker(E, Markers, Context); }

  const ValueDecl *Descriptor;
  const CallExpr &Call;
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
  EvidenceFinder Finder(Descriptor, Call, Markers, Context);
  Finder.TraverseStmt(const_cast<Stmt *>(&FunctionBody));
  return Finder.Found;
}

} // namespace clang::tidy::async
