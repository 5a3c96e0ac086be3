//===--- BlockingFunctions.cpp - async-lint -------------------------------===//

#include "BlockingFunctions.h"
#include "CallTargets.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

BlockingFunctions::BlockingFunctions(const BlockingFunctionLists &Lists) {
  add(BlockingKind::SyncWait, Lists.SyncWait);
  add(BlockingKind::Sleep, Lists.Sleep);
  add(BlockingKind::Generic, Lists.Blocking);
  add(BlockingKind::Generic, Lists.AdditionalBlocking);
  add(BlockingKind::PosixIO, Lists.PosixIO);
  add(BlockingKind::Mutex, Lists.Mutex);
}

void BlockingFunctions::add(BlockingKind Kind, llvm::StringRef List) {
  std::vector<knowledge::Entry> Entries = knowledge::parseEntries(List);
  if (Entries.empty())
    return;
  QualifiedNameSet Names(knowledge::keysOf(Entries));
  Categories.push_back({Kind, std::move(Entries), std::move(Names)});
}

/// The first declaration named \p Name in \p Record or its bases.
static const NamedDecl *memberNamed(const CXXRecordDecl *Record,
                                    llvm::StringRef Name, unsigned Depth = 0) {
  if (!Record || Depth > 8 || !(Record = Record->getDefinition()))
    return nullptr;
  auto Result = Record->lookup(&Record->getASTContext().Idents.get(Name));
  if (!Result.empty())
    return Result.front();
  for (const CXXBaseSpecifier &Base : Record->bases())
    if (const NamedDecl *Found = memberNamed(
            Base.getType()->getAsCXXRecordDecl(), Name, Depth + 1))
      return Found;
  return nullptr;
}

bool isAwaitableType(QualType T) {
  if (T.isNull())
    return false;
  const CXXRecordDecl *Record = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return false;
  if (memberNamed(Record, "await_ready") || memberNamed(Record, "promise_type"))
    return true;
  if (const CXXRecordDecl *Definition = Record->getDefinition())
    for (const CXXMethodDecl *Method : Definition->methods())
      if (Method->getOverloadedOperator() == OO_Coawait)
        return true;
  return false;
}

/// The declaration a call names; for a constructor call, the constructor.
static const NamedDecl *calledDecl(const Expr &Call) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call))
    return Construct->getConstructor();
  return calleeOf(Call);
}

std::optional<BlockingCallee>
BlockingFunctions::classify(const Expr &Call) const {
  const NamedDecl *Callee = calledDecl(Call);
  if (!Callee || Call.containsErrors())
    return std::nullopt;
  // Cheap filter first: most calls have names no list mentions.
  std::string Storage;
  llvm::StringRef Name;
  if (const IdentifierInfo *Identifier = Callee->getIdentifier())
    Name = Identifier->getName();
  else
    Name = Storage = lookupName(*Callee);
  const CXXRecordDecl *ObjectClass = objectClassOf(Call);
  for (const Category &C : Categories) {
    if (!C.Names.mayContain(Name))
      continue;
    std::optional<unsigned> Index = ObjectClass
                                        ? C.Names.findMember(*ObjectClass, *Callee)
                                        : C.Names.find(*Callee);
    if (!Index)
      continue;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call)) {
      // A default-constructed stream opens nothing; a moved or copied
      // object takes over what is already there.
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Ctor->isDefaultConstructor() || Ctor->isCopyOrMoveConstructor())
        return std::nullopt;
    } else if (isAwaitableType(Call.getType())) {
      // A call that returns an awaitable starts an operation; awaiting it
      // suspends. `co_await sleep(10ms)` with the project's own `Task<>
      // sleep(milliseconds)` is not POSIX `sleep`.
      return std::nullopt;
    }
    return BlockingCallee{Callee, C.Kind, C.Entries[*Index].Value};
  }
  return std::nullopt;
}

std::optional<BlockingCallee>
BlockingFunctions::classifyFunction(const NamedDecl &F) const {
  const std::string Name = lookupName(F);
  for (const Category &C : Categories)
    if (C.Names.mayContain(Name))
      if (std::optional<unsigned> Index = C.Names.find(F))
        return BlockingCallee{&F, C.Kind, C.Entries[*Index].Value};
  return std::nullopt;
}

} // namespace clang::tidy::async
